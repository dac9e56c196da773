package org.probity.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.h2.jdbcx.JdbcDataSource;
import org.probity.storage.Database;
import org.probity.storage.DatabaseFile;
import org.probity.storage.TableScan;

/**
 * Proves a backup can be restored: takes the database out of the zip into a hidden folder beside
 * it, opens it read-only (with its password when it is encrypted), reads every table, and removes
 * the copy again.
 */
public final class BackupCheck {

    static final String ENTRY = Database.FILE_NAME + ".mv.db";

    private BackupCheck() {
    }

    /** Returns how many audit entries the backup holds; throws {@link BackupException} saying what is wrong. */
    public static long check(Path zip, Optional<String> password) {
        if (!Files.isRegularFile(zip)) {
            throw new BackupException("There is no backup at " + zip + ".");
        }
        Path folder = zip.toAbsolutePath().getParent();
        Path scratch;
        try {
            scratch = Files.createTempDirectory(folder, ".check-");
        } catch (IOException e) {
            throw new BackupException("The backup " + zip + " could not be checked: the folder " + folder
                    + " cannot be written to (" + e.getMessage() + ").", e);
        }
        try {
            extract(zip, scratch.resolve(ENTRY));
            return open(zip, scratch, password);
        } finally {
            deleteTree(scratch);
        }
    }

    /** Whether the database inside a backup is encrypted (false when it cannot be read at all). */
    public static boolean isEncrypted(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(ENTRY);
            if (entry == null) {
                return false;
            }
            try (InputStream in = file.getInputStream(entry)) {
                byte[] start = in.readNBytes(9);
                return new String(start, java.nio.charset.StandardCharsets.US_ASCII).equals("H2encrypt");
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Copies the database file out of a backup into {@code target}. */
    static void extract(Path zip, Path target) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(ENTRY);
            if (entry == null) {
                throw new BackupException(zip.getFileName() + " is not a Probity backup: it holds no " + ENTRY + ".");
            }
            try (InputStream in = file.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new BackupException(zip.getFileName() + " is not a readable backup (" + e.getMessage()
                    + "). Choose another backup.", e);
        }
    }

    private static long open(Path zip, Path scratch, Optional<String> password) {
        DatabaseFile kind = DatabaseFile.of(scratch.resolve(ENTRY));
        if (kind == DatabaseFile.ENCRYPTED && password.isEmpty()) {
            throw new BackupException("The backup " + zip.getFileName() + " is encrypted; enter the password the "
                    + "database had when the backup was taken.");
        }
        if (kind != DatabaseFile.ENCRYPTED && kind != DatabaseFile.PLAIN) {
            throw new BackupException("The backup " + zip.getFileName() + " is damaged: the database inside it is "
                    + "not readable. Choose another backup.");
        }
        boolean encrypted = kind == DatabaseFile.ENCRYPTED;
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(Database.embeddedUrl(scratch, encrypted) + ";ACCESS_MODE_DATA=r");
        source.setUser("probity");
        source.setPassword(Database.embeddedPassword(encrypted ? password : Optional.empty()));
        try (Connection connection = source.getConnection()) {
            List<String> problems = new TableScan(source).problems();
            if (!problems.isEmpty()) {
                throw new BackupException("The backup " + zip.getFileName() + " is damaged: " + problems.get(0)
                        + " Choose another backup.");
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
                rs.next();
                long entries = rs.getLong(1);
                try (Statement shutdown = connection.createStatement()) {
                    shutdown.execute("SHUTDOWN");
                }
                return entries;
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD
                    || e.getErrorCode() == org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                throw new BackupException("The password is not right for the backup " + zip.getFileName()
                        + ". Enter the password the database had when the backup was taken.", e);
            }
            throw new BackupException("The backup " + zip.getFileName() + " is damaged and could not be opened ("
                    + e.getMessage().lines().findFirst().orElse("") + "). Choose another backup.", e);
        }
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover hidden folder is removed with the next check
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
