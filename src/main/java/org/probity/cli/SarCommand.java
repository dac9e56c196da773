package org.probity.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.subjectaccess.DataSubject;
import org.probity.subjectaccess.ExportSummary;
import org.probity.subjectaccess.HeldData;
import org.probity.subjectaccess.SubjectAccessException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probity sar}: answers a subject access request with one ZIP of everything held about a person. */
@Command(name = "sar", mixinStandardHelpOptions = true,
        description = "Writes everything Probity holds about one person to a ZIP: a summary PDF, the records as CSV"
                + " and JSON, their audit entries and their attached files. Other people's names are redacted"
                + " unless named with --disclose; attached files are included as they are. The export is recorded"
                + " in the audit trail. Only the Monitoring Officer or a deputy may run it.",
        footer = {"%nPERSON is one of:",
                "  member:ID      a member, by the id the Members screen shows",
                "  officer:ID     an officer, by the id the Officers screen shows",
                "  NAME           a member, an officer or someone named in records, such as a resident in",
                "                 casework or whoever decided a declaration (in quotes if it has a space)",
                "%nExample: probity sar --person member:12 --out ~/sar-cllr-green.zip --disclose \"Sam Jones\""})
public final class SarCommand implements Callable<Integer> {

    @ParentCommand
    ProbityCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--person", required = true, paramLabel = "PERSON",
            description = "Whom the request is about: member:ID, officer:ID or a name (see below).")
    String person;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "The ZIP file to write.")
    Path out;

    @Option(names = "--disclose", paramLabel = "NAME",
            description = "A third party's name to leave in, as the summary lists it; repeat for each name.")
    List<String> disclose = new ArrayList<>();

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            DataSubject subject = context.subjectAccess().resolve(person);
            HeldData held = context.subjectAccess().gather(subject);
            ExportSummary summary = context.subjectAccess().export(held, disclose, out);
            var print = spec.commandLine().getOut();
            print.println(summary.describe());
            List<String> redacted = held.thirdParties().stream()
                    .filter(n -> summary.namesDisclosed().stream().noneMatch(n::equalsIgnoreCase)).toList();
            if (!redacted.isEmpty()) {
                print.println("Redacted (name any with --disclose to leave it in): " + String.join(", ", redacted)
                        + ".");
            }
            if (summary.attachments() > 0) {
                print.println("The " + summary.attachments() + " attached files are included unredacted: read them"
                        + " before sending the export.");
            }
            return 0;
        } catch (SubjectAccessException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
