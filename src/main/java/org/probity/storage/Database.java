package org.probity.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.probity.common.ProbityVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open Probity database: an H2 file in the data folder, or a PostgreSQL server.
 * Opening migrates the schema forward (after keeping a copy of an existing H2 database)
 * and refuses a database written by a newer Probity.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String FILE_NAME = "probity";
    private static final List<String> MIGRATIONS = List.of("classpath:db/migration");

    /**
     * The highest migration this build carries (a test checks it against the scripts). A
     * database already at it is opened without starting Flyway, which otherwise costs a
     * command-line run most of a second.
     */
    static final int SCHEMA_VERSION = 12;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final HikariDataSource dataSource;
    private final SQLDialect dialect;
    private final JooqSession session;
    private final String description;
    private final Optional<Path> preMigrationCopy;
    private DataFolderLock folderLock;
    private Optional<String> filePassword = Optional.empty();

    private Database(HikariDataSource dataSource, SQLDialect dialect, String description, Optional<Path> copy) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.description = description;
        this.preMigrationCopy = copy;
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withRenderSchema(false)
                .withExecuteLogging(false);
        this.session = new JooqSession(DSL.using(dataSource, dialect, settings));
    }

    /** Opens (creating if needed) the embedded, unencrypted database in {@code dataDir}. */
    public static Database openEmbedded(Path dataDir) {
        return openEmbedded(dataDir, Optional.empty());
    }

    /**
     * Opens (creating if needed) the embedded database in {@code dataDir}; with a password the file
     * is encrypted (AES) and can only be opened with it. The folder is locked against a second Probity
     * for as long as the database is open.
     */
    public static Database openEmbedded(Path dataDir, Optional<String> password) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StorageException("The data folder " + dataDir + " could not be created (" + e.getMessage()
                    + "). Choose a folder you can write to with --data-dir.", e);
        }
        return openEmbedded(dataDir, MIGRATIONS, password);
    }

    static Database openEmbedded(Path dataDir, List<String> migrationLocations) {
        return openEmbedded(dataDir, migrationLocations, Optional.empty());
    }

    static Database openEmbedded(Path dataDir, List<String> migrationLocations, Optional<String> password) {
        return openEmbedded(dataDir, migrationLocations, password, false);
    }

    /**
     * Opens the embedded database in {@code dataDir} only to read it, for a command that changes
     * nothing: the file is opened once, read-only, which saves a command most of the time it
     * spends opening a large file. A database that must first be created or brought up to date is
     * opened as {@link #openEmbedded(Path, Optional)} does.
     */
    public static Database openEmbeddedToRead(Path dataDir, Optional<String> password) {
        if (!Files.exists(file(dataDir))) {
            return openEmbedded(dataDir, password);
        }
        return openEmbedded(dataDir, MIGRATIONS, password, true);
    }

    private static Database openEmbedded(Path dataDir, List<String> migrationLocations, Optional<String> password,
                                         boolean toRead) {
        DataFolderLock lock = DataFolderLock.acquire(dataDir);
        try {
            Database database = toRead ? openLockedToRead(dataDir, password)
                    .orElseGet(() -> openLocked(dataDir, migrationLocations, password))
                    : openLocked(dataDir, migrationLocations, password);
            database.folderLock = lock;
            database.filePassword = DatabaseFile.of(file(dataDir)) == DatabaseFile.ENCRYPTED ? password : Optional.empty();
            return database;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The JDBC address of the embedded database in {@code dataDir}. */
    public static String embeddedUrl(Path dataDir, boolean encrypted) {
        // WRITE_DELAY=0: every commit is written to the file before it returns, so a save reported
        // as done survives Probity being killed straight afterwards.
        return "jdbc:h2:file:" + dataDir.resolve(FILE_NAME).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64"
                + (encrypted ? ";CIPHER=AES" : "");
    }

    /** H2 takes the file password and the user's password in one, separated by a space. */
    public static String embeddedPassword(Optional<String> password) {
        return password.map(p -> fileKey(p) + " ").orElse("");
    }

    /**
     * The password as H2's file key. H2 refuses spaces in a file password, and would split the password
     * at the first one, so it is given as the hex of its UTF-8 bytes: every character counts, spaces
     * and accents included. H2 then derives the AES key from it with its own salt.
     */
    public static String fileKey(String password) {
        return java.util.HexFormat.of().formatHex(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME + ".mv.db");
    }

    /** The database opened read-only, or empty when it is not at this build's schema and needs the full opening. */
    private static Optional<Database> openLockedToRead(Path dataDir, Optional<String> password) {
        Path file = file(dataDir);
        DatabaseFile kind = checkedKind(file, password);
        Optional<String> key = kind == DatabaseFile.ENCRYPTED ? password : Optional.empty();
        String url = embeddedUrl(dataDir, key.isPresent());
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(poolConfig(url + ";ACCESS_MODE_DATA=r", "probity", embeddedPassword(key),
                    2));
        } catch (RuntimeException e) {
            throw classifyOpeningFailure(file, e);
        }
        try {
            if (isCurrent(dataSource, MIGRATIONS)) {
                return Optional.of(new Database(dataSource, SQLDialect.H2, url, Optional.empty()));
            }
        } catch (RuntimeException e) {
            dataSource.close();
            throw classifyOpeningFailure(file, e);
        }
        dataSource.close();
        return Optional.empty();
    }

    private static DatabaseFile checkedKind(Path file, Optional<String> password) {
        DatabaseFile kind = DatabaseFile.of(file);
        switch (kind) {
            case EMPTY -> throw new DamagedDatabaseException(file, "the file is empty", null);
            case UNRECOGNISED -> throw new DamagedDatabaseException(file, "it is not a Probity database file", null);
            case ENCRYPTED -> {
                if (password.isEmpty()) {
                    throw PasswordException.missing();
                }
            }
            default -> { }
        }
        return kind;
    }

    private static Database openLocked(Path dataDir, List<String> migrationLocations, Optional<String> password) {
        Path file = file(dataDir);
        DatabaseFile kind = checkedKind(file, password);
        boolean encrypted = kind == DatabaseFile.ENCRYPTED || (kind == DatabaseFile.ABSENT && password.isPresent());
        // A password offered for a plain file is not needed; the file is opened as it is.
        Optional<String> key = encrypted ? password : Optional.empty();
        String url = embeddedUrl(dataDir, encrypted);
        if (kind != DatabaseFile.ABSENT) {
            // Look before touching: a database we must refuse is left byte-for-byte as it was.
            org.h2.jdbcx.JdbcDataSource readOnly = new org.h2.jdbcx.JdbcDataSource();
            readOnly.setURL(url + ";ACCESS_MODE_DATA=r");
            readOnly.setUser("probity");
            readOnly.setPassword(embeddedPassword(key));
            try {
                if (!isCurrent(readOnly, migrationLocations)) {
                    refuseIfNewer(flyway(readOnly, migrationLocations), readOnly);
                }
            } catch (NewerDatabaseException e) {
                throw e;
            } catch (RuntimeException e) {
                throw classifyOpeningFailure(file, e);
            }
        }
        return open(url, "probity", embeddedPassword(key), dataDir, migrationLocations);
    }

    private static StorageException classifyOpeningFailure(Path file, RuntimeException e) {
        SQLException sql = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                sql = s;
            }
        }
        int code = sql == null ? 0 : sql.getErrorCode();
        if (code == org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD || code == org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1
                || code == org.h2.api.ErrorCode.WRONG_PASSWORD_FORMAT) {
            return PasswordException.wrong(e);
        }
        if (code == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1 || code == org.h2.api.ErrorCode.LOCK_TIMEOUT_1) {
            return new DatabaseInUseException(file.getParent());
        }
        return new DamagedDatabaseException(file, StorageMessages.rootCause(e), e);
    }

    /** Opens a database from a JDBC URL (H2 or PostgreSQL). */
    public static Database open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, null, MIGRATIONS);
    }

    private static Database open(String jdbcUrl, String user, String password, Path dataDirOrNull,
                                 List<String> migrationLocations) {
        SQLDialect dialect = dialectOf(jdbcUrl);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(poolConfig(jdbcUrl, user, password, dialect == SQLDialect.H2 ? 4 : 8));
        } catch (RuntimeException e) {
            throw new StorageException(StorageMessages.describe(e), e);
        }
        try {
            Optional<Path> copy = migrate(dataSource, dataDirOrNull, migrationLocations);
            return new Database(dataSource, dialect, jdbcUrl.replaceAll("password=[^;&]*", "password=…"), copy);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static HikariConfig poolConfig(String jdbcUrl, String user, String password, int connections) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(connections);
        config.setPoolName("probity");
        // Fail at once, with the database's own reason, when the file is damaged or the server unreachable.
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(10_000);
        return config;
    }

    static SQLDialect dialectOf(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new StorageException("Probity works with an H2 database file or a PostgreSQL server; "
                + "the address " + jdbcUrl + " is neither.");
    }

    private static Flyway flyway(DataSource dataSource, List<String> locations) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .validateMigrationNaming(true)
                .ignoreMigrationPatterns("*:future")
                .load();
    }

    private static MigrationInfoService refuseIfNewer(Flyway flyway, DataSource dataSource) {
        MigrationInfoService info;
        try {
            info = flyway.info();
        } catch (FlywayException e) {
            throw new StorageException(StorageMessages.describe(e), e);
        }
        MigrationInfo[] all = info.all();
        Optional<MigrationInfo> newest = Arrays.stream(all)
                .filter(m -> m.getState().name().startsWith("FUTURE") && m.getVersion() != null)
                .max((a, b) -> a.getVersion().compareTo(b.getVersion()));
        if (newest.isPresent()) {
            String known = Arrays.stream(all).filter(m -> !m.getState().name().startsWith("FUTURE"))
                    .map(MigrationInfo::getVersion).filter(v -> v != null).max(MigrationVersion::compareTo)
                    .map(MigrationVersion::getVersion).orElse("0");
            throw new NewerDatabaseException(newest.get().getVersion().getVersion(), known,
                    readWrittenBy(dataSource).orElse("a newer version"), ProbityVersion.current());
        }
        return info;
    }

    private static Optional<Path> migrate(DataSource dataSource, Path dataDirOrNull, List<String> locations) {
        if (isCurrent(dataSource, locations)) {
            if (!readWrittenBy(dataSource).filter(ProbityVersion.current()::equals).isPresent()) {
                recordWrittenBy(dataSource);
            }
            return Optional.empty();
        }
        Flyway flyway = flyway(dataSource, locations);
        MigrationInfoService info = refuseIfNewer(flyway, dataSource);
        MigrationInfo current = info.current();
        Optional<Path> copy = Optional.empty();
        if (current != null && info.pending().length > 0 && dataDirOrNull != null) {
            copy = Optional.of(keepCopyBeforeMigration(dataSource, dataDirOrNull, current.getVersion().getVersion()));
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StorageException("The database could not be brought up to date (" + e.getMessage() + ")."
                    + copy.map(p -> " A copy taken before the attempt is at " + p + ".").orElse(""), e);
        }
        recordWrittenBy(dataSource);
        return copy;
    }

    private static Path keepCopyBeforeMigration(DataSource dataSource, Path dataDir, String fromVersion) {
        Path folder = dataDir.resolve("backups");
        Path target = folder.resolve("before-upgrade-from-format-" + fromVersion + "-"
                + STAMP.format(LocalDateTime.now()) + ".zip");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Files.createDirectories(folder);
            statement.execute("BACKUP TO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            LOG.info("Kept a copy of the database before upgrading it: {}", target);
            return target;
        } catch (SQLException | IOException e) {
            throw new StorageException("Probity needs to upgrade this database but could not first keep a copy of it ("
                    + e.getMessage() + "). The database has not been changed. Free some disk space and try again.", e);
        }
    }

    /**
     * Whether the database has had exactly this build's migrations, every one successfully. Any
     * other state (new, older, newer, a failed step, a test's own migrations) goes through Flyway.
     */
    private static boolean isCurrent(DataSource dataSource, List<String> locations) {
        if (!MIGRATIONS.equals(locations)) {
            return false;
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            // The file itself cannot be opened: say why, as Flyway's look would have.
            throw new StorageException(StorageMessages.describe(e), e);
        }
        try (connection; Statement statement = connection.createStatement()) {
            // A new file has no history yet: asked for it, H2 would note the missing table in a
            // trace file beside the database, which looks like an error to anyone opening the folder.
            try (var history = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_NAME = 'flyway_schema_history'")) {
                if (!history.next() || history.getInt(1) == 0) {
                    return false;
                }
            }
            int highest = -1;
            try (var rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
                while (rows.next()) {
                    String version = rows.getString(1);
                    if (!rows.getBoolean(2)) {
                        return false;
                    }
                    if (version != null) {
                        highest = Math.max(highest, Integer.parseInt(version.trim()));
                    }
                }
            }
            if (highest != SCHEMA_VERSION) {
                return false;
            }
            // Reads every table's definition and the application's own settings, as Flyway's look
            // did: a damaged file fails here, before anything is written to it.
            try (var columns = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS")) {
                columns.next();
            }
            try (var meta = statement.executeQuery("SELECT COUNT(*) FROM app_meta")) {
                return meta.next();
            }
        } catch (SQLException | NumberFormatException e) {
            // No history table yet, versions this build does not write, or damage: Flyway decides and explains.
            return false;
        }
    }

    private static Optional<String> readWrittenBy(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT meta_value FROM app_meta WHERE meta_key = 'written_by'")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static void recordWrittenBy(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var delete = connection.prepareStatement("DELETE FROM app_meta WHERE meta_key = 'written_by'");
                 var insert = connection.prepareStatement(
                         "INSERT INTO app_meta (meta_key, meta_value) VALUES ('written_by', ?)")) {
                delete.executeUpdate();
                insert.setString(1, ProbityVersion.current());
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new StorageException(StorageMessages.describe(e), e);
        }
    }

    public JooqSession session() {
        return session;
    }

    public DSLContext dsl() {
        return session.dsl();
    }

    /** The password of an encrypted embedded database, needed to check its backups; empty otherwise. */
    public Optional<String> filePassword() {
        return filePassword;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String description() {
        return description;
    }

    /** Where the copy kept before an upgrade was written, if this opening upgraded the database. */
    public Optional<Path> preMigrationCopy() {
        return preMigrationCopy;
    }

    @Override
    public void close() {
        dataSource.close();
        if (folderLock != null) {
            folderLock.close();
            folderLock = null;
        }
    }
}
