package org.probity.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.common.FieldProblem;
import org.probity.common.ValidationException;
import org.probity.security.Role;
import org.probity.security.UserAccount;
import org.probity.security.ui.GrantableRecords;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code probity user}: the accounts of the people who use Probity, and the confidential records
 * shared with clerks. Only the Monitoring Officer changes them (sign in with {@code --user}); the
 * first account, added before anyone has one, must be the Monitoring Officer's.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Lists and adds user accounts, closes them, and grants confidential records to clerks.",
        subcommands = {UserCommand.ListUsers.class, UserCommand.Add.class, UserCommand.Grant.class,
            UserCommand.Revoke.class, UserCommand.Disable.class})
public final class UserCommand implements Callable<Integer> {

    static final String NEW_USER_PASSWORD_VARIABLE = "PROBITY_NEW_USER_PASSWORD";

    @ParentCommand
    ProbityCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the user accounts.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Override
        public Integer call() {
            PrintWriter out = user.spec.commandLine().getOut();
            try (AppContext app = user.parent.openContext()) {
                List<UserAccount> accounts = app.users().accounts();
                if (accounts.isEmpty()) {
                    out.println("There are no user accounts: Probity is used by one person without signing in."
                            + " Add the Monitoring Officer's account with: probity user add LOGIN --name \"Full Name\""
                            + " --role monitoring-officer");
                    return 0;
                }
                AlignedTable table = new AlignedTable(List.of("User name", "Name", "Role", "Account"));
                for (UserAccount a : accounts) {
                    table.add(List.of(a.loginName(), a.fullName(), a.role().label(), a.active() ? "Open" : "Closed"));
                }
                table.print(out);
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds an account. The password is asked for on the terminal, or read from "
                    + NEW_USER_PASSWORD_VARIABLE + ".")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Parameters(index = "0", paramLabel = "LOGIN", description = "The user name they sign in with.")
        String login;

        @Option(names = "--name", required = true, paramLabel = "\"FULL NAME\"", description = "Their full name.")
        String fullName;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "monitoring-officer, deputy, clerk or read-only.")
        String role;

        @Override
        public Integer call() {
            return plainly(this::run);
        }

        private Integer run() {
            Role chosen = Role.parse(role).orElseThrow(() -> new CommandFailure("--role must be monitoring-officer,"
                    + " deputy, clerk or read-only, not \"" + role + "\"."));
            try (AppContext app = user.parent.openContext()) {
                UserAccount added = app.users().create(login, fullName, chosen, newPassword(login));
                user.spec.commandLine().getOut().println("Added " + added.loginName() + " (" + added.fullName()
                        + ", " + added.role().label() + ").");
            }
            return 0;
        }
    }

    /** The record named by reference: exactly one of a declaration or a complaint. */
    static final class RecordChoice {
        @Option(names = "--declaration", required = true, paramLabel = "REF",
                description = "A declaration's reference, such as REL-2026-0001.")
        String declaration;

        @Option(names = "--complaint", required = true, paramLabel = "REF",
                description = "A complaint's reference, such as CMP-2026-0001.")
        String complaint;

        GrantableRecords.Target find(AppContext app) {
            GrantableRecords records = new GrantableRecords(app.relationships(), app.complaints());
            if (declaration != null && !declaration.toUpperCase(java.util.Locale.ROOT).strip().startsWith("REL-")) {
                throw new CommandFailure("--declaration needs a declaration reference such as REL-2026-0001, not \""
                        + declaration + "\".");
            }
            if (complaint != null && !complaint.toUpperCase(java.util.Locale.ROOT).strip().startsWith("CMP-")) {
                throw new CommandFailure("--complaint needs a complaint reference such as CMP-2026-0001, not \""
                        + complaint + "\".");
            }
            return records.find(declaration != null ? declaration : complaint);
        }
    }

    /** Grant and revoke: the same account and record, a different change to the grants. */
    abstract static class GrantChange implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @ArgGroup(exclusive = true, multiplicity = "1")
        RecordChoice record;

        @Override
        public Integer call() {
            return plainly(this::run);
        }

        private Integer run() {
            try (AppContext app = user.parent.openContext()) {
                GrantableRecords.Target target = record.find(app);
                user.spec.commandLine().getOut().println(change(app, target));
            }
            return 0;
        }

        /** Makes the change and says what it did. */
        abstract String change(AppContext app, GrantableRecords.Target target);
    }

    @Command(name = "grant", mixinStandardHelpOptions = true,
            description = "Shares a declaration's or complaint's confidential details with a clerk or read-only user.")
    static final class Grant extends GrantChange {
        @Override
        String change(AppContext app, GrantableRecords.Target target) {
            app.users().grant(login, target.recordType(), target.recordId());
            return login + " may now see the confidential details of " + target.reference() + ".";
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Stops sharing a declaration's or complaint's confidential details with someone.")
    static final class Revoke extends GrantChange {
        @Override
        String change(AppContext app, GrantableRecords.Target target) {
            app.users().revoke(login, target.recordType(), target.recordId());
            return login + " no longer sees the confidential details of " + target.reference() + ".";
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Closes an account so that it can no longer sign in; its history is kept.")
    static final class Disable implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Override
        public Integer call() {
            return plainly(this::run);
        }

        private Integer run() {
            try (AppContext app = user.parent.openContext()) {
                UserAccount closed = app.users().disable(login);
                user.spec.commandLine().getOut().println("The account " + closed.loginName()
                        + " is closed and can no longer sign in.");
            }
            return 0;
        }
    }

    /** Field names mean nothing on a command line: only the sentences are shown. */
    private static Integer plainly(Callable<Integer> command) {
        try {
            return command.call();
        } catch (ValidationException e) {
            throw new CommandFailure(e.problems().stream().map(FieldProblem::message)
                    .collect(java.util.stream.Collectors.joining(" ")));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newPassword(String login) {
        String fromEnvironment = System.getenv(NEW_USER_PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console == null) {
            throw new CommandFailure("run the command in a terminal to be asked for " + login + "'s password, or set "
                    + NEW_USER_PASSWORD_VARIABLE + ".");
        }
        char[] first = console.readPassword("Password for %s (at least 10 characters): ", login);
        char[] again = console.readPassword("The password again: ");
        if (first == null || again == null || !Arrays.equals(first, again)) {
            throw new CommandFailure("the two passwords were not the same; no account was added.");
        }
        return new String(first);
    }
}
