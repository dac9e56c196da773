package org.probity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.probity.common.ValidationException;
import org.probity.storage.DataDirectory;
import org.probity.storage.StorageException;
import picocli.CommandLine;

/**
 * The one entry point. No arguments (or only {@code --data-dir}) opens the window; anything
 * else is a command. Errors are one line on standard error and a non-zero exit code.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // Logging is set up before a second thread can log: one that logs while it is being set up
        // would find it half-ready, and the data folder's log could be left out.
        org.slf4j.LoggerFactory.getILoggerFactory();
        org.probity.calendar.JollydayHolidays.prepareInBackground();
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                dataDir -> org.probity.app.ProbityApp.launchWindow(dataDir));
        if (code != WINDOW_OPENED) {
            System.exit(code);
        }
    }

    static final int WINDOW_OPENED = Integer.MIN_VALUE;

    /** Runs a command line; returns its exit code. Tests call this with their own writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Consumer<java.nio.file.Path> window) {
        Optional<Optional<Path>> windowOnly = windowOnly(args);
        if (windowOnly.isPresent()) {
            // Opening the window is the common case: skip building the command line, which
            // costs a noticeable part of start-up.
            window.accept(DataDirectory.resolve(windowOnly.get()));
            return WINDOW_OPENED;
        }
        boolean[] opened = {false};
        ProbityCommand root = new ProbityCommand(() -> opened[0] = true);
        CommandLine commandLine = commandLine(root, out, err);
        int code = commandLine.execute(args);
        if (opened[0]) {
            window.accept(root.dataDirectory());
            return WINDOW_OPENED;
        }
        return code;
    }

    /** The data folder asked for when the arguments only open the window, or empty when they are a command. */
    static Optional<Optional<Path>> windowOnly(String[] args) {
        if (args.length == 0) {
            return Optional.of(Optional.empty());
        }
        if (args.length == 1 && args[0].startsWith("--data-dir=") && args[0].length() > "--data-dir=".length()) {
            return Optional.of(Optional.of(Path.of(args[0].substring("--data-dir=".length()))));
        }
        if (args.length == 2 && args[0].equals("--data-dir") && !args[1].isBlank() && !args[1].startsWith("-")) {
            return Optional.of(Optional.of(Path.of(args[1])));
        }
        return Optional.empty();
    }

    static CommandLine commandLine(ProbityCommand root, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(root);
        // Subcommands: each feature adds its own here.
        commandLine.addSubcommand(new DeadlineCommand());
        commandLine.addSubcommand(new ImportCommand());
        commandLine.addSubcommand(new ExportCommand());
        commandLine.addSubcommand(new DemoCommand());
        commandLine.addSubcommand(new ListCommand());
        commandLine.addSubcommand(new StatsCommand());
        commandLine.addSubcommand(new ProtocolCommand());
        commandLine.addSubcommand(new ReportCommand());
        commandLine.addSubcommand(new VerifyCommand());
        commandLine.addSubcommand(new BackupCommand());
        commandLine.addSubcommand(new RestoreCommand());
        commandLine.addSubcommand(new PasswordCommand());
        commandLine.addSubcommand(new UserCommand());
        commandLine.addSubcommand(new PublishCommand());
        commandLine.addSubcommand(new SarCommand());
        commandLine.addSubcommand(new RetentionCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getErr().println("probity: " + ex.getMessage() + " (see probity --help)");
            return 2;
        });
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            cl.getErr().println("probity: " + userMessage(ex));
            return 1;
        });
        return commandLine;
    }

    static String userMessage(Throwable ex) {
        if (ex instanceof ValidationException || ex instanceof StorageException || ex instanceof CommandFailure
                || ex instanceof org.probity.security.PermissionDeniedException
                || ex instanceof org.probity.security.SignInException
                || ex instanceof org.probity.backup.BackupException) {
            return ex.getMessage();
        }
        String message = ex.getMessage();
        return "unexpected error (" + ex.getClass().getSimpleName() + (message == null ? "" : ": " + message) + ")";
    }
}
