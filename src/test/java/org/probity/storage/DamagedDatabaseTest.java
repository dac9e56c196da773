package org.probity.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DamagedDatabaseTest {

    @TempDir
    Path dataDir;

    private Path file() {
        return dataDir.resolve("probity.mv.db");
    }

    private void createWithOneWard(Optional<String> password) {
        try (Database database = Database.openEmbedded(dataDir, password)) {
            database.dsl().execute("INSERT INTO ward (name) VALUES ('Castle')");
        }
    }

    @Test
    void aTruncatedFileIsReportedAsDamagedAndLeftByteForByte() throws IOException {
        createWithOneWard(Optional.empty());
        byte[] whole = Files.readAllBytes(file());
        // Two header blocks and the start of the first chunk: a copy cut off early, with no older chunk to fall back on.
        Files.write(file(), Arrays.copyOf(whole, 10_000));
        String before = sha256(file());

        assertThatThrownBy(() -> Database.openEmbedded(dataDir))
                .isInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining("is damaged")
                .hasMessageContaining("It has not been changed")
                .hasMessageContaining("Restore your latest backup");
        assertThat(sha256(file())).isEqualTo(before);
    }

    @Test
    void anEmptyFileIsNeverTakenForANewDatabase() throws IOException {
        Files.createDirectories(dataDir);
        Files.write(file(), new byte[0]);

        assertThatThrownBy(() -> Database.openEmbedded(dataDir))
                .isInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining("the file is empty");
        assertThat(Files.size(file())).isZero();
    }

    @Test
    void aZeroedFileIsReportedAsDamagedAndLeftByteForByte() throws IOException {
        createWithOneWard(Optional.empty());
        Files.write(file(), new byte[(int) Files.size(file())]);
        String before = sha256(file());

        assertThatThrownBy(() -> Database.openEmbedded(dataDir))
                .isInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining("it is not a Probity database file");
        assertThat(sha256(file())).isEqualTo(before);
    }

    @Test
    void randomBytesAreReportedAsDamagedAndLeftByteForByte() throws IOException {
        Files.createDirectories(dataDir);
        byte[] noise = new byte[48 * 1024];
        new Random(11).nextBytes(noise);
        Files.write(file(), noise);
        String before = sha256(file());

        assertThatThrownBy(() -> Database.openEmbedded(dataDir)).isInstanceOf(DamagedDatabaseException.class);
        assertThat(sha256(file())).isEqualTo(before);
    }

    @Test
    void aDamagedMiddleOfARealFileIsReportedAndLeftByteForByte() throws IOException {
        createWithOneWard(Optional.empty());
        byte[] bytes = Files.readAllBytes(file());
        byte[] noise = new byte[bytes.length - 4096];
        new Random(3).nextBytes(noise);
        System.arraycopy(noise, 0, bytes, 4096, noise.length);
        Files.write(file(), bytes);
        String before = sha256(file());

        assertThatThrownBy(() -> Database.openEmbedded(dataDir)).isInstanceOf(StorageException.class)
                .hasMessageContaining("It has not been changed");
        assertThat(sha256(file())).isEqualTo(before);
    }

    @Test
    void aWrongPasswordIsExplainedAndTheFileLeftByteForByte() throws IOException {
        createWithOneWard(Optional.of("correct horse battery"));
        String before = sha256(file());

        assertThatThrownBy(() -> Database.openEmbedded(dataDir, Optional.of("wrong horse")))
                .isInstanceOf(PasswordException.class)
                .hasMessageContaining("The password is not right for this database");
        assertThatThrownBy(() -> Database.openEmbedded(dataDir, Optional.empty()))
                .isInstanceOf(PasswordException.class)
                .hasMessageContaining("This database is encrypted");
        assertThat(sha256(file())).isEqualTo(before);

        try (Database database = Database.openEmbedded(dataDir, Optional.of("correct horse battery"))) {
            assertThat(database.dsl().fetchValue("SELECT name FROM ward")).isEqualTo("Castle");
        }
    }

    @Test
    void aSecondProbityOnTheSameFolderIsToldPlainlyAndTheFirstCarriesOn() {
        try (Database first = Database.openEmbedded(dataDir)) {
            assertThatThrownBy(() -> Database.openEmbedded(dataDir))
                    .isInstanceOf(DatabaseInUseException.class)
                    .hasMessageStartingWith("Probity is already open on this data folder (" + dataDir + ")");
            first.dsl().execute("INSERT INTO ward (name) VALUES ('Abbey')");
        }
        try (Database again = Database.openEmbedded(dataDir)) {
            assertThat(again.dsl().fetchValue("SELECT COUNT(*) FROM ward")).isEqualTo(1L);
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
