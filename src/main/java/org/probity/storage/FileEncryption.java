package org.probity.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.tools.ChangeFileEncryption;

/**
 * Encrypts the embedded database with a password, or changes its password, while no Probity has
 * it open. H2 writes the re-encrypted copy beside the file and then moves it into place.
 */
public final class FileEncryption {

    public static final int MIN_LENGTH = 10;

    private FileEncryption() {
    }

    /**
     * Sets the password of the database in {@code dataDir}: {@code current} is empty for a database
     * not yet encrypted. Backups taken before encryption are not encrypted; the caller says so.
     */
    public static void change(Path dataDir, Optional<String> current, String newPassword) {
        if (newPassword == null || newPassword.length() < MIN_LENGTH) {
            throw new StorageException("The new password needs at least " + MIN_LENGTH + " characters.");
        }
        if (newPassword.strip().isEmpty()) {
            throw new StorageException("The new password cannot be only spaces.");
        }
        try (DataFolderLock lock = DataFolderLock.acquire(dataDir)) {
            Path file = Database.file(dataDir);
            DatabaseFile kind = DatabaseFile.of(file);
            if (kind == DatabaseFile.ABSENT) {
                throw new StorageException("There is no database in " + dataDir + " yet.");
            }
            if (kind == DatabaseFile.ENCRYPTED && current.isEmpty()) {
                throw PasswordException.missing();
            }
            if (kind != DatabaseFile.ENCRYPTED && kind != DatabaseFile.PLAIN) {
                throw new DamagedDatabaseException(file, "it is not a Probity database file", null);
            }
            char[] old = kind == DatabaseFile.ENCRYPTED ? Database.fileKey(current.get()).toCharArray() : null;
            checkCurrent(dataDir, kind, current);
            try {
                ChangeFileEncryption.execute(dataDir.toString(), Database.FILE_NAME, "AES", old,
                        Database.fileKey(newPassword).toCharArray(), true);
            } catch (SQLException e) {
                throw new StorageException("The password could not be changed (" + StorageMessages.rootCause(e)
                        + "). The database is as it was.", e);
            }
            if (!Files.exists(file)) {
                throw new StorageException("The database file went missing while its password was changed.");
            }
        }
    }

    private static void checkCurrent(Path dataDir, DatabaseFile kind, Optional<String> current) {
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        boolean encrypted = kind == DatabaseFile.ENCRYPTED;
        source.setURL(Database.embeddedUrl(dataDir, encrypted) + ";ACCESS_MODE_DATA=r");
        source.setUser("probity");
        source.setPassword(Database.embeddedPassword(encrypted ? current : Optional.empty()));
        try (var connection = source.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD
                    || e.getErrorCode() == org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                throw PasswordException.wrong(e);
            }
            throw new StorageException("The database could not be opened to change its password ("
                    + StorageMessages.rootCause(e) + ").", e);
        }
    }
}
