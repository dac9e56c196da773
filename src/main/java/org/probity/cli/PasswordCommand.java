package org.probity.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.probity.storage.Database;
import org.probity.storage.DatabaseFile;
import org.probity.storage.FileEncryption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probity password}: encrypts the database with a password, or changes the password. */
@Command(name = "password", mixinStandardHelpOptions = true,
        description = "Encrypts the database with a password, or changes its password. Close the window first.%n"
                + "Asks on the terminal, or reads PROBITY_PASSWORD (current) and PROBITY_NEW_PASSWORD (new).")
public final class PasswordCommand implements Callable<Integer> {

    static final String NEW_PASSWORD_VARIABLE = "PROBITY_NEW_PASSWORD";

    @ParentCommand
    ProbityCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = parent.dataDirectory();
        boolean encrypted = DatabaseFile.of(Database.file(dir)) == DatabaseFile.ENCRYPTED;
        Optional<String> current = parent.passwordFor(Database.file(dir));
        String fresh = newPassword();
        FileEncryption.change(dir, current, fresh);
        spec.commandLine().getOut().println(encrypted ? "The database password has been changed."
                : "The database is now encrypted. Backups taken before now are not: delete them, or keep them as"
                + " safe as the laptop's own files. Backups from now on are encrypted.");
        spec.commandLine().getOut().println("Backups keep the password the database had when they were taken.");
        return 0;
    }

    private String newPassword() {
        String fromEnvironment = System.getenv(NEW_PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console == null) {
            throw new CommandFailure("run the command in a terminal to be asked for the new password, or set "
                    + NEW_PASSWORD_VARIABLE + ".");
        }
        char[] first = console.readPassword("New password (at least %d characters): ", FileEncryption.MIN_LENGTH);
        char[] again = console.readPassword("The new password again: ");
        if (first == null || again == null || !Arrays.equals(first, again)) {
            throw new CommandFailure("the two new passwords were not the same; nothing was changed.");
        }
        return new String(first);
    }
}
