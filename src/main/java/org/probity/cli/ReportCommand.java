package org.probity.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.probity.common.UkDates;
import org.probity.reports.Classification;
import org.probity.reports.ExemptionParagraph;
import org.probity.reports.ReportFormat;
import org.probity.reports.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code probity report …}: writes a report to the Standards Committee as a PDF or Word file. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes a report to the Standards Committee as an accessible PDF or a Word document.",
        subcommands = {ReportAnnualCommand.class, ReportRegisterCommand.class, ReportReviewCommand.class})
public final class ReportCommand {

    @ParentCommand
    ProbityCommand parent;

    static ReportOptions options(String classification, Integer exemption, boolean accessible, int suppressBelow) {
        Classification c = Classification.parse(classification).orElseThrow(() -> new CommandFailure(
                "--classification '" + classification + "' is not a classification; use open or exempt."));
        ExemptionParagraph paragraph = null;
        if (exemption != null) {
            if (c != Classification.EXEMPT) {
                throw new CommandFailure("--exemption applies only to an exempt report; add --classification exempt.");
            }
            paragraph = ExemptionParagraph.of(exemption).orElseThrow(() -> new CommandFailure("--exemption "
                    + exemption + " is not a paragraph of Schedule 12A; use a number from 1 to 7."));
        }
        return new ReportOptions(c, paragraph, accessible, suppressBelow);
    }

    static ReportFormat format(String format, Path out) {
        if (format != null) {
            return ReportFormat.parse(format).orElseThrow(() -> new CommandFailure("--format '" + format
                    + "' is not a format; use pdf or docx."));
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".docx") ? ReportFormat.DOCX : ReportFormat.PDF;
    }

    static LocalDate date(String option, String text) {
        if (text == null) {
            return null;
        }
        return UkDates.parse(text).orElseThrow(() -> new CommandFailure(option + " '" + text + "' is not a date;"
                + " use " + UkDates.ACCEPTED_FORMS + "."));
    }
}
