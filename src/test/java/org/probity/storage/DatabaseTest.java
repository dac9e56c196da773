package org.probity.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.common.ProbityVersion;

class DatabaseTest {

    private static final List<String> THIS_RELEASE = List.of("classpath:db/migration");
    private static final List<String> LATER_RELEASE = List.of("classpath:db/migration", "classpath:db/later-release");

    @TempDir
    Path dataDir;

    @Test
    void theSchemaVersionThatSkipsFlywayIsTheHighestMigrationShipped() throws Exception {
        int highest;
        try (var scripts = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            highest = scripts.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        org.assertj.core.api.Assertions.assertThat(Database.SCHEMA_VERSION)
                .as("Database.SCHEMA_VERSION must name the newest migration, or databases will not be brought up"
                        + " to date").isEqualTo(highest);
    }

    @Test
    void createsTheDatabaseFileInTheDataFolderAndReopensIt() {
        try (Database database = Database.openEmbedded(dataDir)) {
            database.dsl().execute("INSERT INTO ward (name) VALUES ('Castle')");
            assertThat(database.preMigrationCopy()).isEmpty();
            // Nothing beside a new database reads like an error: H2 writes a trace file only when a
            // statement fails, and opening a new file no longer asks it for a table not yet made.
            assertThat(dataDir.resolve("probity.trace.db")).doesNotExist();
        }
        assertThat(dataDir.resolve("probity.mv.db")).exists();
        try (Database again = Database.openEmbedded(dataDir)) {
            assertThat(again.dsl().fetchValue("SELECT name FROM ward")).isEqualTo("Castle");
        }
    }

    @Test
    void openedToReadTheFileIsReadButNeverChanged() throws IOException {
        try (Database database = Database.openEmbedded(dataDir)) {
            database.dsl().execute("INSERT INTO ward (name) VALUES ('Castle')");
        }
        byte[] before = Files.readAllBytes(dataDir.resolve("probity.mv.db"));
        try (Database reading = Database.openEmbeddedToRead(dataDir, java.util.Optional.empty())) {
            assertThat(reading.dsl().fetchValue("SELECT name FROM ward")).isEqualTo("Castle");
            assertThatThrownBy(() -> reading.dsl().execute("INSERT INTO ward (name) VALUES ('Abbey')"))
                    .hasMessageContaining("read only");
        }
        assertThat(Files.readAllBytes(dataDir.resolve("probity.mv.db"))).isEqualTo(before);
    }

    @Test
    void aDatabaseFromAnOlderReleaseIsUpgradedAfterACopyIsKept() throws IOException {
        try (Database older = Database.openEmbedded(dataDir, THIS_RELEASE)) {
            older.dsl().execute("INSERT INTO ward (name) VALUES ('Abbey')");
        }
        try (Database upgraded = Database.openEmbedded(dataDir, LATER_RELEASE)) {
            assertThat(upgraded.preMigrationCopy()).isPresent();
            Path copy = upgraded.preMigrationCopy().get();
            assertThat(copy).exists().hasParent(dataDir.resolve("backups"));
            assertThat(Files.size(copy)).isPositive();
            assertThat(upgraded.dsl().fetchValue("SELECT name FROM ward")).isEqualTo("Abbey");
            assertThat(upgraded.dsl().fetchCount(upgraded.dsl().selectFrom("later_release_note"))).isZero();
        }
    }

    @Test
    void aDatabaseWrittenByANewerReleaseIsRefusedAndLeftAsItWas() throws IOException {
        try (Database newer = Database.openEmbedded(dataDir, LATER_RELEASE)) {
            newer.dsl().execute("UPDATE app_meta SET meta_value = '9.4.0' WHERE meta_key = 'written_by'");
        }
        String before = sha256(dataDir.resolve("probity.mv.db"));

        assertThatThrownBy(() -> Database.openEmbedded(dataDir, THIS_RELEASE))
                .isInstanceOf(NewerDatabaseException.class)
                .hasMessageContaining("written by Probity 9.4.0")
                .hasMessageContaining("newer than this Probity " + ProbityVersion.current())
                .hasMessageContaining("Install Probity 9.4.0 or later");

        assertThat(sha256(dataDir.resolve("probity.mv.db"))).as("the refused file is untouched").isEqualTo(before);
        assertThatThrownBy(() -> Database.openEmbeddedToRead(dataDir, java.util.Optional.empty()))
                .as("a command that only reads refuses it too").isInstanceOf(NewerDatabaseException.class);
        assertThat(sha256(dataDir.resolve("probity.mv.db"))).isEqualTo(before);
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("backups");
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDamagedFileIsExplainedAndLeftAsItWas() throws IOException {
        Path file = dataDir.resolve("probity.mv.db");
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(file, garbage);
        String before = sha256(file);

        assertThatThrownBy(() -> Database.openEmbedded(dataDir))
                .isInstanceOf(DamagedDatabaseException.class)
                .hasMessageStartingWith("The database file " + file + " is damaged (")
                .hasMessageContaining("It has not been changed.")
                .hasMessageContaining("Restore your latest backup");
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void anAddressThatIsNeitherH2NorPostgresIsExplained() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://localhost/x", "u", "p"))
                .isInstanceOf(StorageException.class)
                .hasMessage("Probity works with an H2 database file or a PostgreSQL server; the address "
                        + "jdbc:mysql://localhost/x is neither.");
    }
}
