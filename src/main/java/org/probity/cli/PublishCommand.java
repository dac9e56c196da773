package org.probity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.probity.app.AppContext;
import org.probity.common.ValidationException;
import org.probity.publication.Publication;
import org.probity.publication.PublicationRequest;
import org.probity.publication.PublicationService;
import org.probity.publication.PublishedColumn;
import org.probity.publication.PublishedRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code probity publish KIND --out FILE.pdf|.csv|.xlsx [--include COLUMN]…}: an Open extract of
 * a register for the authority's website, as the Publish registers screen makes it.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Writes an Open extract of a register (relationships, group-meetings, enquiries or complaints) "
                + "for the authority's website, as PDF, CSV or XLSX. People are described by their role and free "
                + "text is left out unless a personal column is named with --include.")
public final class PublishCommand implements Callable<Integer> {

    @ParentCommand
    ProbityCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "relationships, group-meetings, enquiries or complaints.")
    String kind;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write: .pdf, .csv or .xlsx.")
    Path out;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period (default: 1 January of"
            + " last year).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period (default: 31 December of"
            + " last year).")
    String to;

    @Option(names = "--include", paramLabel = "COLUMN", description = "Publish exactly these columns, in the "
            + "register's order (default: every column that is not personal). Repeat for each column.")
    List<String> include;

    @Option(names = "--count-by", paramLabel = "COLUMN", description = "The column the entries are counted by.")
    String countBy;

    @Option(names = "--show-small-counts", description = "Print counts below 3 as they are instead of \"fewer than"
            + " 3\".")
    boolean showSmallCounts;

    @Option(names = "--counts-only", description = "Publish the counts alone, without a line for each entry.")
    boolean countsOnly;

    @Option(names = "--list-columns", description = "List the register's columns, marking the personal ones, and"
            + " write nothing.")
    boolean listColumns;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        try (AppContext context = parent.openContext()) {
            PublicationService publication = context.publication();
            PublishedRegister<?> register = publication.register(kind);
            if (listColumns) {
                for (PublishedColumn c : register.columns()) {
                    stdout.println(c.heading() + (c.personal() ? "  (personal: " + c.why() + ")" : ""));
                }
                return 0;
            }
            if (out == null) {
                throw new CommandFailure("Give the file to write with --out FILE.pdf, FILE.csv or FILE.xlsx.");
            }
            PublicationRequest defaults = publication.defaults(kind);
            LocalDate start = from == null ? defaults.from() : ReportCommand.date("--from", from);
            LocalDate end = to == null ? defaults.to() : ReportCommand.date("--to", to);
            PublicationRequest request = new PublicationRequest(register.kind(), start, end,
                    include == null || include.isEmpty() ? defaults.columns() : include,
                    countBy == null ? defaults.countBy() : countBy,
                    showSmallCounts ? 0 : PublicationService.SMALL_COUNT, countsOnly);
            Publication p = publication.publish(request);
            if (!p.personalColumns().isEmpty()) {
                spec.commandLine().getErr().println("Warning: the extract includes personal data: "
                        + p.personalColumns().stream().map(c -> c.heading() + " (" + c.why() + ")")
                        .collect(Collectors.joining("; ")) + ". Check that publishing it is lawful before you do.");
            }
            Path written = publication.write(p, out);
            stdout.println("Wrote " + p.heading() + " to " + written + ". " + (countsOnly
                    ? "Counts only, by " + p.countBy() + "; " + p.total() + " in all."
                    : "Rows: " + p.total() + "; columns: " + String.join(", ", p.headers()) + "."));
            return 0;
        } catch (ValidationException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
