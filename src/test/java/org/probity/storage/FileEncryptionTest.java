package org.probity.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileEncryptionTest {

    @TempDir
    Path dataDir;

    @Test
    void aPlainDatabaseIsEncryptedAndItsPasswordChangedWithNothingLost() {
        try (Database database = Database.openEmbedded(dataDir)) {
            database.dsl().execute("INSERT INTO ward (name) VALUES ('Castle')");
        }

        FileEncryption.change(dataDir, Optional.empty(), "first password");
        assertThat(DatabaseFile.of(Database.file(dataDir))).isEqualTo(DatabaseFile.ENCRYPTED);
        assertThatThrownBy(() -> Database.openEmbedded(dataDir)).isInstanceOf(PasswordException.class);
        assertThatThrownBy(() -> Database.openEmbedded(dataDir, Optional.of("first")))
                .as("every character of the password counts, not only those before a space")
                .isInstanceOf(PasswordException.class);

        assertThatThrownBy(() -> FileEncryption.change(dataDir, Optional.of("not the password"), "second password"))
                .isInstanceOf(PasswordException.class);
        FileEncryption.change(dataDir, Optional.of("first password"), "second password");

        assertThatThrownBy(() -> Database.openEmbedded(dataDir, Optional.of("first password")))
                .isInstanceOf(PasswordException.class);
        try (Database database = Database.openEmbedded(dataDir, Optional.of("second password"))) {
            assertThat(database.dsl().fetchValue("SELECT name FROM ward")).isEqualTo("Castle");
        }
    }

    @Test
    void aShortPasswordIsRefusedAndAnOpenDatabaseIsNotTouched() {
        try (Database database = Database.openEmbedded(dataDir)) {
            assertThatThrownBy(() -> FileEncryption.change(dataDir, Optional.empty(), "short"))
                    .hasMessageContaining("at least 10 characters");
            assertThatThrownBy(() -> FileEncryption.change(dataDir, Optional.empty(), "long enough now"))
                    .isInstanceOf(DatabaseInUseException.class);
        }
        assertThat(DatabaseFile.of(Database.file(dataDir))).isEqualTo(DatabaseFile.PLAIN);
    }
}
