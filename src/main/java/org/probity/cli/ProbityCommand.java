package org.probity.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import java.io.Console;
import org.probity.backup.BackupCheck;
import org.probity.common.ProbityVersion;
import org.probity.storage.Database;
import org.probity.storage.DataFolderLog;
import org.probity.storage.DatabaseFile;
import org.probity.security.SignInException;
import org.probity.security.SignInThrottle;
import org.probity.storage.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * {@code probity}: with no subcommand it opens the window; subcommands work on the same data.
 * Subcommands are added in {@link Launcher#commandLine}.
 */
@Command(name = "probity", mixinStandardHelpOptions = true, versionProvider = ProbityCommand.Version.class,
        description = "Registers, deadlines and committee reports for a Monitoring Officer.%n"
                + "Run without a command to open the window.")
public final class ProbityCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder holding the database (default: PROBITY_HOME or the user's data folder).")
    Path dataDir;

    public static final String PASSWORD_VARIABLE = "PROBITY_PASSWORD";

    private final Runnable openWindow;

    public ProbityCommand(Runnable openWindow) {
        this.openWindow = openWindow;
    }

    public Path dataDirectory() {
        return DataDirectory.resolve(Optional.ofNullable(dataDir));
    }

    @Option(names = "--user", paramLabel = "NAME",
            description = "Sign in as this user when Probity has user accounts (password from PROBITY_USER_PASSWORD"
                    + " or asked on the terminal).")
    String user;

    /**
     * Opens the embedded database for a subcommand, with its password when it is encrypted, signed in
     * as {@code --user} when accounts exist, so commands obey the same permissions as the window.
     */
    public AppContext openContext() {
        return signedIn(false);
    }

    /** As {@link #openContext()}, for a command that only reads: the database is opened read-only. */
    public AppContext openContextToRead() {
        return signedIn(true);
    }

    private AppContext signedIn(boolean toRead) {
        Path dir = dataDirectory();
        DataFolderLog.start(dir);
        Optional<String> password = passwordFor(Database.file(dir));
        AppContext context = toRead ? AppContext.openEmbeddedToRead(dir, password)
                : AppContext.openEmbedded(dir, password);
        try {
            if (context.users().signInRequired()) {
                if (user == null || user.isBlank()) {
                    throw new CommandFailure("this Probity has user accounts: sign in with --user NAME.");
                }
                SignInThrottle throttle = new SignInThrottle(dir);
                java.time.Duration delay = throttle.delayBeforeNextAttempt();
                if (!delay.isZero()) {
                    Thread.sleep(delay.toMillis());
                }
                try {
                    context.users().signIn(user, userPassword());
                    throttle.succeeded();
                } catch (SignInException e) {
                    throttle.failed();
                    throw e;
                }
            }
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        } catch (InterruptedException e) {
            context.close();
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted while waiting to sign in.");
        }
    }

    private String userPassword() {
        String fromEnvironment = System.getenv("PROBITY_USER_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console == null) {
            throw new CommandFailure("run the command in a terminal to be asked for " + user
                    + "'s password, or set PROBITY_USER_PASSWORD.");
        }
        char[] typed = console.readPassword("Password for %s: ", user);
        return typed == null ? "" : new String(typed);
    }

    /**
     * The password for a database file or backup when it is encrypted: from the {@code PROBITY_PASSWORD}
     * environment variable (for scheduled jobs), else asked for on the terminal without echoing it.
     */
    public Optional<String> passwordFor(Path databaseFileOrBackup) {
        boolean encrypted = databaseFileOrBackup.getFileName().toString().endsWith(".zip")
                ? BackupCheck.isEncrypted(databaseFileOrBackup)
                : DatabaseFile.of(databaseFileOrBackup) == DatabaseFile.ENCRYPTED;
        if (!encrypted) {
            return Optional.empty();
        }
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment);
        }
        Console console = System.console();
        if (console == null) {
            throw new CommandFailure("this database is encrypted: run the command in a terminal to be asked for its "
                    + "password, or set " + PASSWORD_VARIABLE + ".");
        }
        char[] typed = console.readPassword("Password for %s: ", databaseFileOrBackup.getFileName());
        return typed == null ? Optional.empty() : Optional.of(new String(typed));
    }

    @Override
    public Integer call() {
        openWindow.run();
        return 0;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Probity " + ProbityVersion.current()};
        }
    }
}
