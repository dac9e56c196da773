package org.probity.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code probity protocol …}: the protocol library from the command line. */
@Command(name = "protocol", mixinStandardHelpOptions = true,
        description = "Imports, lists and compares versions of the authority's protocols.",
        subcommands = {ProtocolImportCommand.class, ProtocolListCommand.class, ProtocolDiffCommand.class})
public final class ProtocolCommand {

    @ParentCommand
    ProbityCommand parent;
}
