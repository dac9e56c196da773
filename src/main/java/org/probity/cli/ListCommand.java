package org.probity.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code probity list …}: prints a register's records; each register adds its own subcommand. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the records of a register.",
        subcommands = {ListEnquiriesCommand.class})
public final class ListCommand {

    @ParentCommand
    ProbityCommand parent;
}
