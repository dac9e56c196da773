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
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryService;
import org.probity.people.Member;
import org.probity.people.Officer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probity list enquiries [--overdue] [--format text|csv]}: the register, overdue enquiries first. */
@Command(name = "enquiries", mixinStandardHelpOptions = true,
        description = "Lists members' enquiries: overdue ones first (longest overdue at the top), then the others"
                + " awaiting a reply by the date the member expects the answer, then the rest newest first.")
public final class ListEnquiriesCommand implements Callable<Integer> {

    private static final int SUBJECT_WIDTH = 50;
    /** Enquiries older than this many years are read together, before the year-by-year part. */
    private static final int YEARS_BY_YEAR = 40;

    enum Format { text, csv }

    @ParentCommand
    ListCommand list;

    @Spec
    CommandSpec spec;

    @Option(names = "--overdue", description = "Only enquiries past the date the member was told to expect an"
            + " answer.")
    boolean overdue;

    @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text",
            description = "text: aligned columns with UK dates; csv: for spreadsheets, with ISO dates"
                    + " (default: ${DEFAULT-VALUE}).")
    Format format;

    /** One enquiry as listed; kept small so that a register of hundreds of thousands fits in memory. */
    private record Line(String reference, LocalDate received, String member, String subject, String kind,
                        String officer, LocalDate expected, String status, String when, int order) {
    }

    @Override
    public Integer call() {
        try (AppContext context = list.parent.openContextToRead()) {
            EnquiryService enquiries = context.enquiries();
            LocalDate today = enquiries.today();
            Map<Long, String> members = context.people().members().stream()
                    .collect(Collectors.toMap(Member::id, Member::displayName));
            Map<Long, String> officers = context.people().officers().stream()
                    .collect(Collectors.toMap(Officer::id, Officer::displayName));
            List<Line> lines = new ArrayList<>();
            if (overdue) {
                for (Enquiry e : enquiries.awaitingReply()) {
                    if (e.expectedDue().isBefore(today)) {
                        lines.add(line(e, today, members, officers, enquiries));
                    }
                }
            } else {
                int lastYear = today.getYear();
                int firstYear = lastYear - YEARS_BY_YEAR;
                enquiries.receivedBetween(LocalDate.of(1, 1, 1), LocalDate.of(firstYear - 1, 12, 31))
                        .forEach(e -> lines.add(line(e, today, members, officers, enquiries)));
                for (int year = firstYear; year <= lastYear + 1; year++) {
                    enquiries.receivedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                            .forEach(e -> lines.add(line(e, today, members, officers, enquiries)));
                }
            }
            lines.sort(Comparator.comparingInt(Line::order)
                    .thenComparing((a, b) -> a.order() < 2 ? a.expected().compareTo(b.expected())
                            : b.received().compareTo(a.received()))
                    .thenComparing(Line::reference));
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.csv) {
                printCsv(out, lines);
            } else if (lines.isEmpty()) {
                out.println(overdue ? "No enquiries are overdue." : "There are no enquiries in the register.");
                out.flush();
            } else {
                printText(out, lines);
            }
            return 0;
        }
    }

    private static Line line(Enquiry e, LocalDate today, Map<Long, String> members, Map<Long, String> officers,
                             EnquiryService enquiries) {
        boolean awaiting = e.isAwaitingReply();
        boolean late = awaiting && e.expectedDue().isBefore(today);
        String when = awaiting ? enquiries.describeDue(e) : "";
        return new Line(e.reference().toString(), e.receivedOn(), members.getOrDefault(e.memberId(), ""),
                e.subject(), e.kind().label(), e.officerId() == null ? "" : officers.getOrDefault(e.officerId(), ""),
                e.expectedDue(), e.status().label(), when, late ? 0 : awaiting ? 1 : 2);
    }

    private static void printText(PrintWriter out, List<Line> lines) {
        AlignedTable table = new AlignedTable(List.of("Reference", "Received", "Member", "Subject", "Officer",
                "Expected", "Status", "Due"));
        for (Line l : lines) {
            String subject = l.subject().length() > SUBJECT_WIDTH ? l.subject().substring(0, SUBJECT_WIDTH - 1)
                    + "…" : l.subject();
            table.add(List.of(l.reference(), UkDates.display(l.received()), l.member(), subject, l.officer(),
                    UkDates.display(l.expected()), l.status(), l.when()));
        }
        table.print(out);
    }

    private static void printCsv(PrintWriter out, List<Line> lines) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
            printer.printRecord("Reference", "Received on", "Member", "Subject", "Kind", "Officer", "Expected on",
                    "Status", "Due");
            for (Line l : lines) {
                printer.printRecord(l.reference(), l.received(), l.member(), neutralise(l.subject()), l.kind(),
                        l.officer(), l.expected(), l.status(), l.when());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A leading quote keeps a spreadsheet from running a subject such as "=SUM(…)" as a formula. */
    private static String neutralise(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
