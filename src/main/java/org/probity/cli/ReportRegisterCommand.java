package org.probity.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.common.ValidationException;
import org.probity.reports.CoverDetails;
import org.probity.reports.ReportFormat;
import org.probity.reports.ReportOptions;
import org.probity.reports.document.ReportDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probity report register KIND --out F.pdf [--from D --to D]}: a register as a printable table. */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = "Writes a register (relationships, group-meetings, enquiries or complaints), filtered by dates, as a "
                + "printable table.")
public final class ReportRegisterCommand implements Callable<Integer> {

    @ParentCommand
    ReportCommand report;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "relationships, group-meetings, enquiries or complaints.")
    String kind;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period (by date declared, held"
            + " or received).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period.")
    String to;

    @Option(names = "--classification", paramLabel = "open|exempt", defaultValue = "open",
            description = "Open (people described by role, no details) or exempt. Default: ${DEFAULT-VALUE}.")
    String classification;

    @Option(names = "--accessible", description = "The accessible version: each entry as a sentence, no table.")
    boolean accessible;

    @Option(names = "--format", paramLabel = "pdf|docx", description = "The file's format (default: from the file's"
            + " name, otherwise pdf).")
    String format;

    @Override
    public Integer call() {
        ReportOptions options = ReportCommand.options(classification, null, accessible, 0);
        ReportFormat fileFormat = ReportCommand.format(format, out);
        LocalDate start = ReportCommand.date("--from", from);
        LocalDate end = ReportCommand.date("--to", to);
        try (AppContext context = report.parent.openContextToRead()) {
            ReportDocument document = context.reports().extract(kind, start, end, CoverDetails.standards(), options);
            Path written = context.reports().write(document, fileFormat, out);
            spec.commandLine().getOut().println("Wrote " + document.title() + " to " + written + ".");
            return 0;
        } catch (ValidationException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
