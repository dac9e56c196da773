package org.probity.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.probity.app.AppContext;
import org.probity.common.UkDates;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintService;
import org.probity.complaints.ComplaintStage;
import org.probity.people.Officer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code probity list complaints [--overdue] [--format text|csv]}: the register, overdue first.
 * Complainants, subjects and summaries are confidential and never listed here.
 */
@Command(name = "complaints", mixinStandardHelpOptions = true,
        description = "Lists complaints between members and officers, without names: overdue ones first, then the"
                + " other open ones by the date their next step is due, then the closed ones newest first.")
public final class ListComplaintsCommand implements Callable<Integer> {

    enum Format { text, csv }

    @ParentCommand
    ListCommand list;

    @Spec
    CommandSpec spec;

    @Option(names = "--overdue", description = "Only complaints whose acknowledgement or response is overdue.")
    boolean overdue;

    @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text",
            description = "text: aligned columns with UK dates; csv: for spreadsheets, with ISO dates"
                    + " (default: ${DEFAULT-VALUE}).")
    Format format;

    private record Line(String reference, LocalDate received, String direction, String category, String route,
                        String stage, String handler, LocalDate due, String status, String when, int order) {
    }

    @Override
    public Integer call() {
        try (AppContext context = list.parent.openContextToRead()) {
            ComplaintService complaints = context.complaints();
            LocalDate today = complaints.today();
            Map<Long, String> officers = context.people().officers().stream()
                    .collect(Collectors.toMap(Officer::id, Officer::displayName));
            List<Line> lines = new ArrayList<>();
            for (Complaint c : complaints.all()) {
                Line line = line(c, today, officers, complaints);
                if (!overdue || line.order() == 0) {
                    lines.add(line);
                }
            }
            lines.sort(Comparator.comparingInt(Line::order)
                    .thenComparing((a, b) -> a.order() < 2 ? a.due().compareTo(b.due())
                            : b.received().compareTo(a.received()))
                    .thenComparing(Line::reference));
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.csv) {
                printCsv(out, lines);
            } else if (lines.isEmpty()) {
                out.println(overdue ? "No complaints are overdue." : "There are no complaints in the register.");
                out.flush();
            } else {
                printText(out, lines);
            }
            return 0;
        }
    }

    private static Line line(Complaint c, LocalDate today, Map<Long, String> officers, ComplaintService complaints) {
        ComplaintStage stage = c.currentStage().orElseThrow();
        LocalDate due = null;
        if (c.isOpen()) {
            due = stage.acknowledgeDue() != null && stage.acknowledgedOn() == null ? stage.acknowledgeDue()
                    : stage.responseDue();
        }
        boolean late = due != null && due.isBefore(today);
        int order = late ? 0 : c.isOpen() ? 1 : 2;
        return new Line(c.reference().toString(), c.receivedOn(), c.direction().label(), c.category().label(),
                c.route().label(), complaints.stageName(c, stage),
                stage.handlerId() == null ? "" : officers.getOrDefault(stage.handlerId(), ""),
                due == null && order == 1 ? LocalDate.MAX : due,
                c.isOpen() ? (late ? "Overdue" : "Open") : c.decision().outcome().label(),
                due == null ? "" : complaints.describeDue(due), order);
    }

    private static String date(LocalDate date) {
        return date == null || date.equals(LocalDate.MAX) ? "" : UkDates.display(date);
    }

    private static void printText(PrintWriter out, List<Line> lines) {
        AlignedTable table = new AlignedTable(List.of("Reference", "Received", "Direction", "Category", "Stage",
                "Handled by", "Next due", "Status", "Due"));
        for (Line l : lines) {
            table.add(List.of(l.reference(), UkDates.display(l.received()), l.direction(), l.category(), l.stage(),
                    l.handler(), date(l.due()), l.status(), l.when()));
        }
        table.print(out);
    }

    private static void printCsv(PrintWriter out, List<Line> lines) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
            printer.printRecord("Reference", "Received on", "Direction", "Category", "Route", "Stage", "Handled by",
                    "Next due", "Status", "Due");
            for (Line l : lines) {
                printer.printRecord(l.reference(), l.received(), l.direction(), l.category(), l.route(), l.stage(),
                        l.handler(), l.due() == null || l.due().equals(LocalDate.MAX) ? "" : l.due(), l.status(),
                        l.when());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
