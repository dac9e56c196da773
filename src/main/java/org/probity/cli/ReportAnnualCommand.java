package org.probity.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.common.ValidationException;
import org.probity.reports.ReportFormat;
import org.probity.reports.ReportOptions;
import org.probity.reports.document.ReportDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code probity report annual --year 2026 --out F.pdf [--classification open|exempt] [--accessible]
 * [--format pdf|docx]}: the annual report on the operation of the protocol, with the cover and
 * narrative saved in the app for that year.
 */
@Command(name = "annual", mixinStandardHelpOptions = true,
        description = "Writes the annual report on the operation of the Member/Officer Protocol for a year, with the"
                + " cover and narrative saved in the Reports screen for that year.")
public final class ReportAnnualCommand implements Callable<Integer> {

    @ParentCommand
    ReportCommand report;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year the report covers.")
    int year;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--classification", paramLabel = "open|exempt", defaultValue = "open",
            description = "Open (published: people described by role) or exempt (names and details; not for "
                    + "publication). Default: ${DEFAULT-VALUE}.")
    String classification;

    @Option(names = "--exemption", paramLabel = "N",
            description = "The paragraph of Schedule 12A to the Local Government Act 1972 an exempt report relies on"
                    + " (default 1, information relating to any individual).")
    Integer exemption;

    @Option(names = "--suppress-below", paramLabel = "N", defaultValue = "0",
            description = "In an open report, give counts below N as \"fewer than N\" (default: every count).")
    int suppressBelow;

    @Option(names = "--accessible", description = "The accessible version: no tables or charts, every figure in a"
            + " sentence.")
    boolean accessible;

    @Option(names = "--format", paramLabel = "pdf|docx", description = "The file's format (default: from the file's"
            + " name, otherwise pdf).")
    String format;

    @Override
    public Integer call() {
        ReportOptions options = ReportCommand.options(classification, exemption, accessible, suppressBelow);
        ReportFormat fileFormat = ReportCommand.format(format, out);
        try (AppContext context = report.parent.openContextToRead()) {
            ReportDocument document = context.reports().annual(year, options);
            Path written = context.reports().write(document, fileFormat, out);
            spec.commandLine().getOut().println("Wrote the " + options.classification().label().toLowerCase()
                    + (accessible ? " accessible" : "") + " annual report for " + year + " to " + written + ".");
            return 0;
        } catch (ValidationException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
