package org.probity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.transfer.DeclarationImportReport;
import org.probity.transfer.ImportProblem;
import org.probity.transfer.ImportReport;
import org.probity.transfer.PersonKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code probity import members|officers|relationships|group-meetings|enquiries|complaints FILE [--dry-run]}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import members, officers or declared relationships from a .csv or .xlsx file. Nothing is"
                + " imported if any row has a problem; each problem is printed on its own line.")
public final class ImportCommand implements Callable<Integer> {

    private static final Set<String> RELATIONSHIPS = Set.of("relationships", "relationship", "declarations");

    @ParentCommand
    ProbityCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "members|officers|relationships|group-meetings|enquiries|complaints", description = "Which list the file holds.")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The .csv or .xlsx file to import.")
    Path file;

    @Option(names = "--dry-run", description = "Check the file and list its problems without importing anything.")
    boolean dryRun;

    /** Whether the word names the register of declared relationships. */
    static boolean isRelationships(String word) {
        return word != null && RELATIONSHIPS.contains(word.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public Integer call() {
        if (isRelationships(kind)) {
            try (AppContext context = parent.openContext()) {
                DeclarationImportReport report = dryRun ? context.relationshipTransfer().check(file)
                        : context.relationshipTransfer().importFile(file);
                return print(report.warnings(), report.problems(), report.summary());
            }
        }
        if (ComplaintFiles.named(kind)) {
            return ComplaintFiles.importFile(parent, file, dryRun, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
        if (EnquiryFiles.named(kind)) {
            return EnquiryFiles.importFile(parent, file, dryRun, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
        if (GroupMeetingFiles.handles(kind)) {
            return GroupMeetingFiles.importFile(parent, spec, file, dryRun);
        }
        PersonKind personKind = PersonKind.parse(kind)
                .orElseThrow(() -> new CommandFailure("say what to import: 'members', 'officers', 'relationships',"
                        + " 'group-meetings', 'enquiries' or 'complaints' (not '" + kind + "')."));
        try (AppContext context = parent.openContext()) {
            ImportReport report = dryRun ? context.transfer().check(personKind, file)
                    : context.transfer().importFile(personKind, file);
            return print(report.warnings(), report.problems(), report.summary());
        }
    }

    private int print(List<ImportProblem> warnings, List<ImportProblem> problems, String summary) {
        return print(warnings, problems, summary, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Prints an import's warnings, and its problems with the summary on standard error when it has any
     * (exit code 1), otherwise the summary on standard output (exit code 0): the same for every register.
     */
    static int print(List<ImportProblem> warnings, List<ImportProblem> problems, String summary, PrintWriter out,
                     PrintWriter err) {
        for (ImportProblem warning : warnings) {
            err.println("Warning: " + warning.describe());
        }
        if (!problems.isEmpty()) {
            for (ImportProblem problem : problems) {
                err.println(problem.describe());
            }
            err.println(summary);
            err.flush();
            return 1;
        }
        err.flush();
        out.println(summary);
        out.flush();
        return 0;
    }
}
