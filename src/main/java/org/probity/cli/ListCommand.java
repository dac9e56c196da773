package org.probity.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.probity.app.AppContext;
import org.probity.common.UkDates;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.relationships.ConflictFlag;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationService;
import org.probity.relationships.DeclarationStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code probity list REGISTER}: prints a register as an aligned table, or as CSV for other
 * programs. Each register is a subcommand, listed in {@code subcommands} below, and prints its
 * rows through {@link #print}.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the records of a register on standard output.",
        subcommands = {ListCommand.Relationships.class, ListGroupMeetingsCommand.class,
                ListEnquiriesCommand.class, ListComplaintsCommand.class})
public final class ListCommand implements Callable<Integer> {

    @ParentCommand
    ProbityCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandFailure("say which register to list: "
                + String.join(", ", spec.subcommands().values().stream().map(c -> c.getCommandName()).distinct()
                .toList())
                + " (for example: probity list relationships).");
    }

    /** How a list is printed. */
    public enum Format {
        TEXT, CSV;

        static final class Converter implements ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(value.trim())).findFirst()
                        .orElseThrow(() -> new TypeConversionException("'" + value
                                + "' is not a format; use text or csv"));
            }
        }
    }

    /**
     * Prints rows as a table with aligned columns (and {@code empty} when there are none), or as
     * CSV with a header row, which other programs and spreadsheets read.
     */
    static void print(PrintWriter out, Format format, List<String> headers, List<List<String>> rows, String empty) {
        if (format == Format.CSV) {
            try {
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build());
                csv.printRecord(headers);
                for (List<String> row : rows) {
                    csv.printRecord(row);
                }
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
            return;
        }
        if (rows.isEmpty()) {
            out.println(empty);
            out.flush();
            return;
        }
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            int column = i;
            widths[i] = Math.max(headers.get(i).length(),
                    rows.stream().mapToInt(r -> r.get(column).length()).max().orElse(0));
        }
        out.println(line(headers, widths));
        out.println(line(Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths));
        rows.forEach(r -> out.println(line(r, widths)));
        out.flush();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append("  ");
            }
            text.append(i == cells.size() - 1 ? cells.get(i) : String.format("%-" + widths[i] + "s", cells.get(i)));
        }
        return text.toString().stripTrailing();
    }

    /** {@code probity list relationships [--status S] [--flagged] [--format text|csv]}. */
    @Command(name = "relationships", aliases = "declarations", mixinStandardHelpOptions = true,
            description = "Lists the register of declared relationships: reference, the two people, kind, status,"
                    + " date declared and open conflict flags. Descriptions are never listed.")
    static final class Relationships implements Callable<Integer> {

        @ParentCommand
        ListCommand list;

        @Spec
        CommandSpec spec;

        @Option(names = "--status", paramLabel = "S",
                description = "Only declarations with this status: awaiting-decision, decided, under-review, ended"
                        + " or withdrawn.")
        String status;

        @Option(names = "--flagged", description = "Only declarations with an open conflict flag.")
        boolean flagged;

        @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text", converter = Format.Converter.class,
                description = "text: an aligned table (default); csv: comma-separated with a header row.")
        Format format;

        @Override
        public Integer call() {
            Optional<DeclarationStatus> wanted = status == null ? Optional.empty() : Optional.of(parseStatus(status));
            try (AppContext context = list.parent.openContextToRead()) {
                DeclarationService register = context.relationships();
                Map<Long, Long> openFlags = register.openFlags().stream()
                        .collect(Collectors.groupingBy(ConflictFlag::declarationId, Collectors.counting()));
                Names names = new Names(context.people());
                List<List<String>> rows = new ArrayList<>();
                for (Declaration d : register.declarations()) {
                    long flags = openFlags.getOrDefault(d.id(), 0L);
                    if (wanted.isPresent() && d.status() != wanted.get() || flagged && flags == 0) {
                        continue;
                    }
                    rows.add(List.of(d.reference().toString(), names.of(d.partyA()), names.of(d.partyB()),
                            d.kindDescription(), d.status().label(),
                            format == Format.CSV ? d.declaredOn().toString() : UkDates.display(d.declaredOn()),
                            String.valueOf(flags)));
                }
                print(spec.commandLine().getOut(), format, List.of("Reference", "First person", "Second person",
                        "Kind", "Status", "Declared on", "Open flags"), rows, "No declarations match.");
                return 0;
            }
        }

        static String optionName(DeclarationStatus s) {
            return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static DeclarationStatus parseStatus(String text) {
            String wanted = text.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            return Arrays.stream(DeclarationStatus.values())
                    .filter(s -> s.name().toLowerCase(Locale.ROOT).replace("_", "").equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new CommandFailure("unknown --status '" + text + "'; use one of "
                            + Arrays.stream(DeclarationStatus.values()).map(Relationships::optionName)
                            .collect(Collectors.joining(", ")) + "."));
        }
    }

    /** Everyone's name as shown, looked up once rather than once a row. */
    private static final class Names {
        private final Map<Long, String> members;
        private final Map<Long, String> officers;

        Names(PeopleService people) {
            members = people.members().stream().collect(Collectors.toMap(Member::id, Member::displayName));
            officers = people.officers().stream().collect(Collectors.toMap(Officer::id, Officer::displayName));
        }

        String of(PersonRef ref) {
            return ref.isMember() ? members.getOrDefault(ref.id(), "(removed member)")
                    : officers.getOrDefault(ref.id(), "(removed officer)");
        }
    }
}
