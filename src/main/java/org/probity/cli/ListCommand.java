package org.probity.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probity list REGISTER}: each register adds its own subcommand here. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List a register's records on the terminal, as a table or as CSV.",
        subcommands = {ListGroupMeetingsCommand.class})
public final class ListCommand implements Callable<Integer> {

    @ParentCommand
    ProbityCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandFailure("say which register to list: "
                + String.join(", ", spec.commandLine().getSubcommands().keySet()) + ".");
    }
}
