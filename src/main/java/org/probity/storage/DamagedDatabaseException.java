package org.probity.storage;

import java.nio.file.Path;

/**
 * The database file could not be read. It has not been changed: the person using Probity decides
 * whether to restore a backup, and the damaged file is then kept aside, never overwritten.
 */
public final class DamagedDatabaseException extends StorageException {

    private final Path file;

    public DamagedDatabaseException(Path file, String what, Throwable cause) {
        super("The database file " + file + " is damaged (" + what + ") and could not be opened. It has not been "
                + "changed. Restore your latest backup: the damaged file will be kept beside it under another name.",
                cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
