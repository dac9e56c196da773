package org.probity.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.probity.app.AppContext;
import org.probity.common.UkDates;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.GroupMeetingAlert;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.people.Officer;
import org.probity.people.PoliticalGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probity list group-meetings [--alerts] [--format text|csv]}. */
@Command(name = "group-meetings", mixinStandardHelpOptions = true,
        description = "List officers' attendance at political group meetings and briefings, oldest reference first.")
public final class ListGroupMeetingsCommand implements Callable<Integer> {

    /** How the list is written. */
    enum Format { TEXT, CSV }

    private static final int SUBJECT_WIDTH = 40;
    private static final List<String> HEADINGS = List.of("Reference", "Meeting date", "Group", "Kind", "Subject",
            "Officers", "Status");

    @ParentCommand
    ListCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--alerts", description = "Only meetings with a control not yet done, each with what is due.")
    boolean alerts;

    @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text",
            description = "text: an aligned table; csv: comma-separated with ISO dates (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        Format chosen = switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> Format.TEXT;
            case "csv" -> Format.CSV;
            default -> throw new CommandFailure("--format is text or csv (not '" + format + "').");
        };
        try (AppContext context = parent.parent.openContextToRead()) {
            GroupMeetingService register = context.groupMeetings();
            LocalDate today = register.today();
            Map<Long, List<GroupMeetingAlert>> open = register.alerts(today).stream()
                    .collect(Collectors.groupingBy(GroupMeetingAlert::meetingId));
            List<GroupMeeting> meetings = register.meetings().stream()
                    .filter(m -> !alerts || open.containsKey(m.id()))
                    .sorted(Comparator.comparing(GroupMeeting::reference)).toList();
            PrintWriter out = spec.commandLine().getOut();
            Names names = new Names(context.people().groups().stream()
                    .collect(Collectors.toMap(PoliticalGroup::id, PoliticalGroup::name)),
                    context.people().officers().stream().collect(Collectors.toMap(Officer::id, Officer::displayName)));
            if (chosen == Format.CSV) {
                csv(out, register, names, meetings, open, today);
            } else {
                text(out, register, names, meetings, open, today);
            }
            out.flush();
            return 0;
        }
    }

    /** Group and officer names read once, rather than once a row. */
    private record Names(Map<Long, String> groups, Map<Long, String> officers) {
        String group(long id) {
            return groups.getOrDefault(id, "(removed group)");
        }

        String officers(GroupMeeting m) {
            return m.officers().stream().map(o -> officers.getOrDefault(o.officerId(), "(removed officer)"))
                    .collect(Collectors.joining(", "));
        }
    }

    private void text(PrintWriter out, GroupMeetingService register, Names names, List<GroupMeeting> meetings,
                      Map<Long, List<GroupMeetingAlert>> open, LocalDate today) {
        if (meetings.isEmpty()) {
            out.println(alerts ? "No group meeting has an open alert." : "The register has no group meetings.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (GroupMeeting m : meetings) {
            rows.add(List.of(m.reference().toString(), UkDates.display(m.meetingDate()),
                    names.group(m.groupId()), m.kind().label(), shortened(m.subject()), names.officers(m),
                    register.status(m, today).label()));
        }
        int[] widths = new int[HEADINGS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            out.println(line(rows.get(r), widths));
            if (r > 0 && alerts) {
                for (GroupMeetingAlert a : open.get(meetings.get(r - 1).id())) {
                    out.println("    " + a.rule().label() + ": " + due(a, today) + " (" + a.who() + ")");
                }
            }
        }
        out.println();
        out.println(meetings.size() + (meetings.size() == 1 ? " meeting" : " meetings")
                + (alerts ? " with open alerts." : "."));
    }

    private static String due(GroupMeetingAlert a, LocalDate today) {
        return (a.isOverdueOn(today) ? "overdue since " : "due by ") + UkDates.display(a.due());
    }

    private void csv(PrintWriter out, GroupMeetingService register, Names names, List<GroupMeeting> meetings,
                     Map<Long, List<GroupMeetingAlert>> open, LocalDate today) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
            List<String> headings = new ArrayList<>(HEADINGS);
            headings.add("Open alerts");
            printer.printRecord(headings);
            for (GroupMeeting m : meetings) {
                String alertText = open.getOrDefault(m.id(), List.of()).stream()
                        .map(a -> a.rule().label() + ", " + (a.isOverdueOn(today) ? "overdue since " : "due by ")
                                + a.due())
                        .collect(Collectors.joining("; "));
                printer.printRecord(List.of(m.reference().toString(), m.meetingDate().toString(),
                        names.group(m.groupId()), m.kind().label(), m.subject(), names.officers(m),
                        register.status(m, today).label(), alertText).stream().map(ListGroupMeetingsCommand::safe)
                        .toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A leading quote keeps a spreadsheet from running a cell that starts like a formula. */
    private static String safe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String shortened(String subject) {
        return subject.length() <= SUBJECT_WIDTH ? subject : subject.substring(0, SUBJECT_WIDTH - 1) + "\u2026";
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(i == cells.size() - 1 ? cells.get(i) : String.format("%-" + widths[i] + "s  ", cells.get(i)));
        }
        return line.toString().stripTrailing();
    }
}
