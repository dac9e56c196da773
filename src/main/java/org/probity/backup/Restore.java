package org.probity.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;
import org.probity.storage.DataFolderLock;
import org.probity.storage.Database;

/**
 * Puts a backup in place of the database, only while no Probity has the data folder open: the
 * backup is checked first, the current database file is kept aside under another name (never
 * deleted or overwritten), and only then is the backup's copy moved into place. From the window a
 * restore is scheduled and done at the next start, before the database is opened.
 */
public final class Restore {

    public static final String PENDING_FILE = "restore-pending.properties";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Why the current file is being replaced, which names the copy kept aside. */
    public enum Reason {
        BY_REQUEST("before-restore"), DAMAGED("damaged");

        private final String label;

        Reason(String label) {
            this.label = label;
        }
    }

    /** What a restore did: where the database came from and where the one it replaced was kept. */
    public record Result(Path restoredFrom, Optional<Path> keptAside) {
        public String describe() {
            return "Restored the database from " + restoredFrom + "." + keptAside
                    .map(p -> " The database it replaced is kept as " + p + ".").orElse("");
        }
    }

    private Restore() {
    }

    public static Result restore(Path dataDir, Path backup, Optional<String> password, Reason reason, Clock clock) {
        try (DataFolderLock lock = DataFolderLock.acquire(dataDir)) {
            BackupCheck.check(backup, password);
            Path current = Database.file(dataDir);
            Path incoming = dataDir.resolve(".restore-" + System.nanoTime() + ".part");
            Optional<Path> aside = Optional.empty();
            try {
                BackupCheck.extract(backup, incoming);
                if (Files.exists(current)) {
                    Path keep = dataDir.resolve(Database.FILE_NAME + "-" + reason.label + "-"
                            + STAMP.format(LocalDateTime.now(clock)) + ".mv.db");
                    move(current, keep);
                    aside = Optional.of(keep);
                }
                move(incoming, current);
                Files.deleteIfExists(dataDir.resolve(Database.FILE_NAME + ".trace.db"));
                return new Result(backup.toAbsolutePath(), aside);
            } catch (IOException e) {
                throw new BackupException("The backup could not be put in place (" + e.getMessage() + ")."
                        + aside.map(p -> " The database it was replacing is safe at " + p + "; rename it back to "
                        + current.getFileName() + " to return to it.").orElse(" Nothing was changed."), e);
            } finally {
                try {
                    Files.deleteIfExists(incoming);
                } catch (IOException ignored) {
                    // a hidden .part file is all that is left
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Asks for {@code backup} to be restored at the next start (the window cannot swap its own open file). */
    public static void schedule(Path dataDir, Path backup) {
        Properties properties = new Properties();
        properties.setProperty("backup", backup.toAbsolutePath().toString());
        try (Writer writer = Files.newBufferedWriter(dataDir.resolve(PENDING_FILE), StandardCharsets.UTF_8)) {
            properties.store(writer, "Backup to restore when Probity next starts");
        } catch (IOException e) {
            throw new BackupException("The restore could not be arranged (" + e.getMessage() + ").", e);
        }
    }

    public static Optional<Path> pending(Path dataDir) {
        Path file = dataDir.resolve(PENDING_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(properties.getProperty("backup")).map(Path::of);
    }

    public static void cancelPending(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(PENDING_FILE));
        } catch (IOException e) {
            throw new BackupException("The arranged restore could not be cancelled (" + e.getMessage() + ").", e);
        }
    }

    /** Does a scheduled restore, if there is one; the schedule is cleared whether or not it succeeds. */
    public static Optional<Result> applyPending(Path dataDir, Optional<String> password, Clock clock) {
        Optional<Path> backup = pending(dataDir);
        if (backup.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(restore(dataDir, backup.get(), password, Reason.BY_REQUEST, clock));
        } finally {
            cancelPending(dataDir);
        }
    }
}
