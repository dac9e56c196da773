package org.probity.backup;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.probity.storage.StorageMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes backups of the open embedded database. H2's {@code BACKUP TO} copies the database file as
 * of one moment while Probity keeps working, so each backup is consistent; an encrypted database
 * gives an encrypted backup, because the file is copied as it is. Every backup is written under a
 * temporary name, checked by opening it, and only then given its real name.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    static final String PREFIX = "probity-";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    public static final Duration DAILY = Duration.ofHours(24);

    private final DataSource dataSource;
    private final BackupSettings settings;
    private final Optional<String> password;
    private final Clock clock;

    public BackupService(DataSource dataSource, BackupSettings settings, Optional<String> password, Clock clock) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.password = password;
        this.clock = clock;
    }

    public Path folder() {
        return settings.folder();
    }

    /** Takes a backup into the backups folder, then thins out older automatic ones. */
    public synchronized BackupFile backUp() {
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = folder().resolve(PREFIX + STAMP.format(now) + ".zip");
        BackupFile taken = backUpTo(target);
        rotate();
        return new BackupFile(taken.path(), now, taken.bytes(), true);
    }

    /** Takes a backup when the newest automatic one is a day old or more. */
    public synchronized Optional<BackupFile> backUpIfDue() {
        Optional<BackupFile> newest = backups().stream().filter(BackupFile::automatic).findFirst();
        if (newest.isPresent() && newest.get().takenAt().plus(DAILY).isAfter(LocalDateTime.now(clock))) {
            return Optional.empty();
        }
        return Optional.of(backUp());
    }

    /** Takes a backup into {@code target} (a .zip file), checked before it is given that name. */
    public synchronized BackupFile backUpTo(Path target) {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        Path partial = folder.resolve("." + file.getFileName() + ".part");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(partial);
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            }
            BackupCheck.check(partial, password);
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.info("Backup taken and checked: {}", file);
            return new BackupFile(file, LocalDateTime.now(clock), Files.size(file), false);
        } catch (IOException e) {
            throw new BackupException("The backup could not be written to " + folder + " (" + e.getMessage()
                    + "). Check that the folder (or network drive) is available and has space.", e);
        } catch (SQLException e) {
            throw new BackupException("The backup could not be written to " + folder + " ("
                    + StorageMessages.describe(e) + ")", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a hidden .part file is all that is left; the next backup replaces it
            }
        }
    }

    /** The backups in the folder, newest first. */
    public List<BackupFile> backups() {
        return list(folder());
    }

    public static List<BackupFile> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".zip")).toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                Optional<LocalDateTime> stamped = stampOf(name);
                LocalDateTime takenAt = stamped.orElseGet(() -> modified(file));
                backups.add(new BackupFile(file, takenAt, sizeOf(file), stamped.isPresent()));
            }
        } catch (IOException e) {
            throw new BackupException("The backups folder " + folder + " could not be read (" + e.getMessage() + ").",
                    e);
        }
        backups.sort(Comparator.comparing(BackupFile::takenAt).reversed());
        return backups;
    }

    /** The newest backup in {@code folder} that passes its check. */
    public static Optional<BackupFile> latestGood(Path folder, Optional<String> password) {
        for (BackupFile backup : list(folder)) {
            try {
                BackupCheck.check(backup.path(), password);
                return Optional.of(backup);
            } catch (BackupException e) {
                LOG.warn("Skipped a backup that did not pass its check: {}", backup.name());
            }
        }
        return Optional.empty();
    }

    private void rotate() {
        List<BackupFile> all = backups();
        Set<BackupFile> keep = Rotation.keep(all);
        for (BackupFile backup : all) {
            if (backup.automatic() && !keep.contains(backup)) {
                try {
                    Files.deleteIfExists(backup.path());
                } catch (IOException e) {
                    LOG.warn("An old backup could not be removed: {}", backup.name());
                }
            }
        }
    }

    static Optional<LocalDateTime> stampOf(String name) {
        if (!name.startsWith(PREFIX) || !name.endsWith(".zip")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(name.substring(PREFIX.length(), name.length() - 4), STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalDateTime modified(Path file) {
        try {
            return LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            return LocalDateTime.MIN;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
