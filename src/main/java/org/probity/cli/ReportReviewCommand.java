package org.probity.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.common.ValidationException;
import org.probity.reports.ReportFormat;
import org.probity.reports.ReportOptions;
import org.probity.reports.ReviewChoice;
import org.probity.reports.document.ReportDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probity report review --review N --out F.pdf}: the report taking a protocol review to a committee. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Writes the report on a protocol review: summary, recommendations, approval route so far, "
                + "consultation, and the draft protocol with its amendments marked. Without --out, lists the "
                + "reviews and their numbers.")
public final class ReportReviewCommand implements Callable<Integer> {

    @ParentCommand
    ReportCommand report;

    @Spec
    CommandSpec spec;

    @Option(names = "--review", paramLabel = "REVIEW", description = "The review's number, as listed without "
            + "--out (or words of the protocol's title for its latest review).")
    String review;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--classification", paramLabel = "open|exempt", defaultValue = "open",
            description = "Open or exempt. Default: ${DEFAULT-VALUE}.")
    String classification;

    @Option(names = "--exemption", paramLabel = "N", description = "For an exempt report, the paragraph of "
            + "Schedule 12A relied on (1 to 7; default 1).")
    Integer exemption;

    @Option(names = "--accessible", description = "The accessible version: the approval route and consultation "
            + "in sentences, amendments named in words.")
    boolean accessible;

    @Option(names = "--format", paramLabel = "pdf|docx", description = "The file's format (default: from the file's"
            + " name, otherwise pdf).")
    String format;

    @Override
    public Integer call() {
        if (out == null) {
            try (AppContext context = report.parent.openContextToRead()) {
                var choices = context.reports().reviewChoices();
                if (choices.isEmpty()) {
                    spec.commandLine().getOut().println("There are no protocol reviews yet.");
                }
                for (ReviewChoice c : choices) {
                    spec.commandLine().getOut().println(c);
                }
                if (review != null) {
                    throw new CommandFailure("--out is needed to write the report on review " + review
                            + "; give the file to write, such as --out review.pdf.");
                }
                return 0;
            }
        }
        if (review == null) {
            throw new CommandFailure("--review is needed: give the review's number (run probity report review "
                    + "without --out to list them).");
        }
        ReportOptions options = ReportCommand.options(classification, exemption, accessible, 0);
        ReportFormat fileFormat = ReportCommand.format(format, out);
        try (AppContext context = report.parent.openContextToRead()) {
            ReviewChoice chosen = context.reports().review(review);
            ReportDocument document = context.reports().review(chosen.id(), options);
            Path written = context.reports().write(document, fileFormat, out);
            spec.commandLine().getOut().println("Wrote " + document.title() + " to " + written + ".");
            return 0;
        } catch (ValidationException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
