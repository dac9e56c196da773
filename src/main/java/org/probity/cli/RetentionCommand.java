package org.probity.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code probity retention …}: the retention schedule and disposals from the command line. */
@Command(name = "retention", mixinStandardHelpOptions = true,
        description = "Lists records with their retention dates and disposes of those due.",
        subcommands = {RetentionListCommand.class, RetentionApplyCommand.class})
public final class RetentionCommand {

    @ParentCommand
    ProbityCommand parent;
}
