package org.probity.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.common.UkDates;
import org.probity.enquiries.EnquiryPerformance;
import org.probity.enquiries.PerformanceFigures;
import org.probity.enquiries.PerformanceGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code probity stats enquiries --from D --to D [--by service-area|directorate|officer]}: how the
 * enquiries received in a period were answered, in working days, overall and per group.
 */
@Command(name = "enquiries", mixinStandardHelpOptions = true,
        description = "How members' enquiries received in a period were answered: count, answered, within target,"
                + " median and 90th-percentile working days to reply, holding replies, escalations and refusals,"
                + " overall and per service area, directorate or officer.")
public final class StatsEnquiriesCommand implements Callable<Integer> {

    enum Grouping {
        SERVICE_AREA("service-area", "Service area"),
        DIRECTORATE("directorate", "Directorate"),
        OFFICER("officer", "Officer");

        final String option;
        final String heading;

        Grouping(String option, String heading) {
            this.option = option;
            this.heading = heading;
        }
    }

    @ParentCommand
    StatsCommand stats;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DATE",
            description = "First day of the period (" + UkDates.ACCEPTED_FORMS + ").")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day of the period.")
    String to;

    @Option(names = "--by", paramLabel = "service-area|directorate|officer", defaultValue = "service-area",
            description = "How to group the figures (default: ${DEFAULT-VALUE}).")
    String by;

    @Override
    public Integer call() {
        LocalDate start = date("--from", from);
        LocalDate end = date("--to", to);
        if (start.isAfter(end)) {
            throw new CommandFailure("the period starts (--from " + UkDates.display(start) + ") after it ends (--to "
                    + UkDates.display(end) + "); swap the dates.");
        }
        Grouping grouping = grouping(by);
        try (AppContext context = stats.parent.openContextToRead()) {
            EnquiryPerformance figures = context.enquiries().performance(start, end);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Members' enquiries received " + UkDates.display(start) + " to " + UkDates.display(end)
                    + ", as of " + UkDates.display(figures.asOf()) + " (days are working days).");
            out.println();
            AlignedTable table = new AlignedTable(List.of(grouping.heading, "Count", "Answered", "Within target",
                    "Median days", "90th percentile days", "Holding replies", "Escalations", "Refusals"),
                    false, true, true, true, true, true, true, true, true);
            table.add(cells("All enquiries", figures.overall()));
            List<PerformanceGroup> groups = switch (grouping) {
                case SERVICE_AREA -> figures.byServiceArea();
                case DIRECTORATE -> figures.byDirectorate();
                case OFFICER -> figures.byOfficer();
            };
            for (PerformanceGroup g : groups) {
                table.add(cells(g.name(), g.figures()));
            }
            table.print(out);
            return 0;
        }
    }

    private static List<String> cells(String name, PerformanceFigures f) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        cells.add(String.valueOf(f.count()));
        cells.add(String.valueOf(f.replied()));
        cells.add(f.percentWithinTarget().isPresent()
                ? String.format(Locale.UK, "%.1f%%", f.percentWithinTarget().getAsDouble()) : "–");
        cells.add(f.medianWorkingDays().isPresent() ? String.valueOf(f.medianWorkingDays().getAsInt()) : "–");
        cells.add(f.ninetiethPercentileWorkingDays().isPresent()
                ? String.valueOf(f.ninetiethPercentileWorkingDays().getAsInt()) : "–");
        cells.add(String.valueOf(f.holdingReplies()));
        cells.add(String.valueOf(f.escalations()));
        cells.add(String.valueOf(f.refusals()));
        return cells;
    }

    private static LocalDate date(String option, String text) {
        return UkDates.parse(text).orElseThrow(() -> new CommandFailure(option + " '" + text + "' is not a date;"
                + " use " + UkDates.ACCEPTED_FORMS + "."));
    }

    private static Grouping grouping(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Grouping g : Grouping.values()) {
            if (g.option.equals(wanted)) {
                return g;
            }
        }
        throw new CommandFailure("--by '" + text + "' is not a grouping; use service-area, directorate or officer.");
    }
}
