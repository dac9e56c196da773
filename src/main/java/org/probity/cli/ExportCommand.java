package org.probity.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.transfer.PersonKind;
import org.probity.transfer.TransferException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code probity export members|officers|relationships|group-meetings|enquiries|complaints FILE [--include-confidential]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export members, officers or declared relationships to a .csv or .xlsx file (the format"
                + " follows the extension). The file can be imported again as it is.")
public final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    ProbityCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "members|officers|relationships|group-meetings|enquiries|complaints", description = "Which list to export.")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The .csv or .xlsx file to write.")
    Path file;

    @Option(names = "--include-confidential",
            description = "Relationships and complaints only: also write the confidential fields.")
    boolean includeConfidential;

    @Override
    public Integer call() {
        if (ImportCommand.isRelationships(kind)) {
            try (AppContext context = parent.openContext()) {
                int count = context.relationshipTransfer().export(file, includeConfidential);
                spec.commandLine().getOut().println("Exported " + count + (count == 1 ? " declaration" : " declarations")
                        + (includeConfidential ? ", with their confidential descriptions," : "") + " to " + file + ".");
                spec.commandLine().getOut().flush();
                return 0;
            } catch (TransferException e) {
                throw new CommandFailure(e.getMessage());
            }
        }
        if (ComplaintFiles.named(kind)) {
            return ComplaintFiles.export(parent, file, includeConfidential, spec.commandLine().getOut());
        }
        if (EnquiryFiles.named(kind)) {
            return EnquiryFiles.export(parent, file, spec.commandLine().getOut());
        }
        if (GroupMeetingFiles.handles(kind)) {
            return GroupMeetingFiles.export(parent, spec, file);
        }
        PersonKind personKind = PersonKind.parse(kind)
                .orElseThrow(() -> new CommandFailure("say what to export: 'members', 'officers', 'relationships',"
                        + " 'group-meetings', 'enquiries' or 'complaints' (not '" + kind + "')."));
        if (includeConfidential) {
            throw new CommandFailure("--include-confidential applies only to relationships; " + personKind.plural()
                    + " have no confidential descriptions.");
        }
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
