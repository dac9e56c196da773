package org.probity.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.backup.BackupFile;
import org.probity.storage.Database;
import org.probity.storage.DatabaseFile;
import org.probity.storage.PasswordException;

class SafeOpeningTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final String PASSWORD = "a long enough password";

    @TempDir
    Path dataDir;

    /** Answers the window's questions as a person would; records what was offered. */
    private static final class Person implements SafeOpening.Prompts {
        private final Optional<String> protectWith;
        final List<String> offers = new ArrayList<>();

        Person(Optional<String> protectWith) {
            this.protectWith = protectWith;
        }

        @Override
        public Optional<String> password(String message) {
            return Optional.of(PASSWORD);
        }

        @Override
        public boolean restore(String problem, BackupFile latest) {
            return false;
        }

        @Override
        public Optional<String[]> signIn(String message) {
            return Optional.empty();
        }

        @Override
        public void tell(String message) {
        }

        @Override
        public Optional<String> protectNewDatabase(String message) {
            offers.add(message);
            return protectWith;
        }
    }

    @Test
    void aNewDatabaseIsOfferedAPasswordAndCreatedEncryptedWhenOneIsChosen() throws Exception {
        Person person = new Person(Optional.of(PASSWORD));
        try (AppContext context = new SafeOpening(dataDir, person, CLOCK).call()) {
            assertThat(person.offers).singleElement().asString().contains("Protect it with a password");
        }
        assertThat(DatabaseFile.of(Database.file(dataDir))).isEqualTo(DatabaseFile.ENCRYPTED);
        assertThatThrownBy(() -> AppContext.openEmbedded(dataDir, Optional.empty()))
                .isInstanceOf(PasswordException.class);

        Person again = new Person(Optional.empty());
        try (AppContext context = new SafeOpening(dataDir, again, CLOCK).call()) {
            assertThat(again.offers).as("asked once, when the database is new").isEmpty();
        }
    }

    @Test
    void notNowLeavesANewDatabasePlain() throws Exception {
        try (AppContext context = new SafeOpening(dataDir, new Person(Optional.empty()), CLOCK).call()) {
            assertThat(context.people().countMembers()).isZero();
        }
        assertThat(DatabaseFile.of(Database.file(dataDir))).isEqualTo(DatabaseFile.PLAIN);
    }

    @Test
    void aNewPasswordMustBeLongEnoughAndTypedTheSameTwice() {
        assertThat(SafeOpening.newPasswordProblem("short", "short")).hasValueSatisfying(
                why -> assertThat(why).contains("at least 10 characters"));
        assertThat(SafeOpening.newPasswordProblem(PASSWORD, PASSWORD + "!")).hasValueSatisfying(
                why -> assertThat(why).contains("not the same"));
        assertThat(SafeOpening.newPasswordProblem(PASSWORD, PASSWORD)).isEmpty();
    }
}
