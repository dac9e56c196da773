package org.probity.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** A backup in the backups folder: when it was taken, its size, and whether Probity took it on its own. */
public record BackupFile(Path path, LocalDateTime takenAt, long bytes, boolean automatic) {

    public String name() {
        return path.getFileName().toString();
    }
}
