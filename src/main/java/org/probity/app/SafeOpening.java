package org.probity.app;

import org.probity.storage.FileEncryption;
import org.probity.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.probity.backup.BackupCheck;
import org.probity.backup.BackupFile;
import org.probity.backup.BackupService;
import org.probity.backup.BackupSettings;
import org.probity.backup.Restore;
import org.probity.security.SignInException;
import org.probity.security.SignInThrottle;
import org.probity.storage.DamagedDatabaseException;
import org.probity.storage.PasswordException;
import org.probity.storage.StorageException;

/**
 * Opens the registers the safe way, away from the JavaFX thread: does a restore chosen in the last
 * session, asks for the database password when the file is encrypted (waiting longer after each
 * wrong one), offers the latest good backup when the file is damaged (the damaged file is kept
 * aside), and asks people to sign in once accounts exist.
 */
final class SafeOpening implements Callable<AppContext> {

    /** Questions for the person at the window; each blocks until answered. */
    interface Prompts {
        /** The password typed, or empty if they chose to close Probity. */
        Optional<String> password(String message);

        boolean restore(String problem, BackupFile latest);

        /** Name and password, or empty if they chose to close Probity. */
        Optional<String[]> signIn(String message);

        void tell(String message);

        /**
         * Offers to protect a new database with a password before it is made; the password
         * chosen (typed twice and checked with {@link #newPasswordProblem}), or empty for "not now".
         */
        Optional<String> protectNewDatabase(String message);
    }

    /** What is wrong with a new database password typed twice, or empty when it will do. */
    static Optional<String> newPasswordProblem(String first, String second) {
        if (first == null || first.length() < FileEncryption.MIN_LENGTH) {
            return Optional.of("The password needs at least " + FileEncryption.MIN_LENGTH + " characters.");
        }
        if (!first.equals(second)) {
            return Optional.of("The two passwords are not the same. Type the password again in both boxes.");
        }
        return Optional.empty();
    }

    private final Path dataDir;
    private final Prompts prompts;
    private final Clock clock;
    private final SignInThrottle throttle;

    SafeOpening(Path dataDir, Prompts prompts, Clock clock) {
        this.dataDir = dataDir;
        this.prompts = prompts;
        this.clock = clock;
        this.throttle = new SignInThrottle(dataDir);
    }

    @Override
    public AppContext call() throws InterruptedException {
        Optional<String> password = Optional.empty();
        Optional<Path> pending = Restore.pending(dataDir);
        if (pending.isPresent()) {
            Optional<String> backupPassword = BackupCheck.isEncrypted(pending.get())
                    ? askPassword("The backup you chose to restore is encrypted. Enter the password the database had"
                    + " when it was taken.") : Optional.empty();
            Restore.Result result = Restore.applyPending(dataDir, backupPassword, clock).orElseThrow();
            prompts.tell(result.describe());
            password = backupPassword;
        }
        if (pending.isEmpty() && !Files.exists(Database.file(dataDir))) {
            // A new register: the one moment to encrypt it before any personal data is written.
            password = prompts.protectNewDatabase("Probity is about to create its database in " + dataDir
                    + ". It will hold personal and confidential details. Protect it with a password"
                    + " (recommended): the database and every backup are then unreadable without it. Keep the"
                    + " password safe: it cannot be recovered.");
        }
        AppContext context = null;
        String message = "This database is encrypted. Enter its password.";
        while (context == null) {
            try {
                context = AppContext.openEmbedded(dataDir, password);
            } catch (PasswordException e) {
                if (password.isPresent()) {
                    throttle.failed();
                    message = e.getMessage();
                }
                waitForThrottle();
                password = askPassword(message);
            } catch (DamagedDatabaseException e) {
                Optional<BackupFile> latest = BackupService.latestGood(new BackupSettings(dataDir).folder(), password);
                if (latest.isEmpty() || !prompts.restore(e.getMessage(), latest.get())) {
                    throw e;
                }
                prompts.tell(Restore.restore(dataDir, latest.get().path(), password, Restore.Reason.DAMAGED, clock)
                        .describe());
            }
        }
        if (password.isPresent()) {
            throttle.succeeded();
        }
        signIn(context);
        return context;
    }

    private void signIn(AppContext context) throws InterruptedException {
        if (!context.users().signInRequired()) {
            return;
        }
        String message = "Sign in to Probity.";
        while (true) {
            waitForThrottle();
            Optional<String[]> typed = prompts.signIn(message);
            if (typed.isEmpty()) {
                context.close();
                throw new StorageException("Probity was closed before anyone signed in.");
            }
            try {
                context.users().signIn(typed.get()[0], typed.get()[1]);
                throttle.succeeded();
                return;
            } catch (SignInException e) {
                throttle.failed();
                message = e.getMessage();
            }
        }
    }

    private Optional<String> askPassword(String message) {
        Optional<String> typed = prompts.password(message);
        if (typed.isEmpty()) {
            throw new StorageException("Probity was closed without the database password. Nothing was changed.");
        }
        return typed;
    }

    private void waitForThrottle() throws InterruptedException {
        Duration delay = throttle.delayBeforeNextAttempt();
        if (!delay.isZero()) {
            Thread.sleep(delay.toMillis());
        }
    }
}
