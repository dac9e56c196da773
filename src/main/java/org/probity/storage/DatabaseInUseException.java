package org.probity.storage;

import java.nio.file.Path;

/** Another Probity already has this data folder open; there is only ever one writer. */
public final class DatabaseInUseException extends StorageException {

    public DatabaseInUseException(Path dataDir) {
        super("Probity is already open on this data folder (" + dataDir + "). Switch to that window, or close it "
                + "and try again. Only one Probity at a time may use a data folder, so that no change is lost.");
    }
}
