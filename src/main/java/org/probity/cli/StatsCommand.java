package org.probity.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code probity stats …}: prints a register's performance figures for a period. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints performance figures for a period.",
        subcommands = {StatsEnquiriesCommand.class})
public final class StatsCommand {

    @ParentCommand
    ProbityCommand parent;
}
