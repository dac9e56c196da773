package org.probity.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.transfer.ImportProblem;
import org.probity.transfer.ImportReport;
import org.probity.transfer.PersonKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code probity import members|officers FILE [--dry-run]}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import members or officers from a .csv or .xlsx file. Nothing is imported if any row has"
                + " a problem; each problem is printed on its own line.")
public final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    ProbityCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "members|officers", description = "Which list the file holds.")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The .csv or .xlsx file to import.")
    Path file;

    @Option(names = "--dry-run", description = "Check the file and list its problems without importing anything.")
    boolean dryRun;

    @Override
    public Integer call() {
        if (GroupMeetingFiles.handles(kind)) { return GroupMeetingFiles.importFile(parent, spec, file, dryRun); }
        PersonKind personKind = PersonKind.parse(kind)
                .orElseThrow(() -> new CommandFailure("say what to import: 'members' or 'officers' (not '" + kind
                        + "')."));
        try (AppContext context = parent.openContext()) {
            ImportReport report = dryRun ? context.transfer().check(personKind, file)
                    : context.transfer().importFile(personKind, file);
            var err = spec.commandLine().getErr();
            for (ImportProblem warning : report.warnings()) {
                err.println("Warning: " + warning.describe());
            }
            if (report.hasProblems()) {
                for (ImportProblem problem : report.problems()) {
                    err.println(problem.describe());
                }
                err.println(report.summary());
                err.flush();
                return 1;
            }
            err.flush();
            spec.commandLine().getOut().println(report.summary());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
