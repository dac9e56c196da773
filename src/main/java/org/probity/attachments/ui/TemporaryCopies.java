package org.probity.attachments.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where attachments are copied to be opened: a private folder under the system's temporary
 * folder, removed when Probity closes. Each copy gets a sub-folder of its own so that it keeps
 * its original name (which the opening program shows) even when two attachments share it.
 */
public final class TemporaryCopies {

    private final Path base;
    private final AtomicInteger count = new AtomicInteger();
    private Path folder;

    /** Copies under the system's temporary folder. */
    public TemporaryCopies() {
        this(null);
    }

    /** Copies under {@code base}; tests use their own folder. */
    public TemporaryCopies(Path base) {
        this.base = base;
    }

    /** A path, not yet existing, at which a copy named {@code fileName} can be written. */
    public synchronized Path newCopy(String fileName) throws IOException {
        if (folder == null) {
            folder = base == null ? Files.createTempDirectory("probity-attachments-")
                    : Files.createTempDirectory(base, "probity-attachments-");
            folder.toFile().deleteOnExit();
        }
        Path own = Files.createDirectory(folder.resolve(String.valueOf(count.incrementAndGet())));
        own.toFile().deleteOnExit();
        Path copy = own.resolve(fileName);
        // Registered after its folder, so it is deleted first: files go in the reverse order of registration.
        copy.toFile().deleteOnExit();
        return copy;
    }
}
