package org.probity.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.transfer.PersonKind;
import org.probity.transfer.TransferException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code probity export members|officers FILE}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export members or officers to a .csv or .xlsx file (the format follows the extension)."
                + " The file can be imported again as it is.")
public final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    ProbityCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "members|officers", description = "Which list to export.")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The .csv or .xlsx file to write.")
    Path file;

    @Override
    public Integer call() {
        if (GroupMeetingFiles.handles(kind)) { return GroupMeetingFiles.export(parent, spec, file); }
        PersonKind personKind = PersonKind.parse(kind)
                .orElseThrow(() -> new CommandFailure("say what to export: 'members' or 'officers' (not '" + kind
                        + "')."));
        try (AppContext context = parent.openContext()) {
            int count = context.transfer().export(personKind, file);
            spec.commandLine().getOut().println("Exported " + personKind.count(count) + " to " + file + ".");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (TransferException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
