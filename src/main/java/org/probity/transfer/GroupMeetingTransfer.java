package org.probity.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.probity.common.FieldProblem;
import org.probity.common.ValidationException;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.groupmeetings.MeetingReference;
import org.probity.people.PeopleService;
import org.probity.storage.Transactions;

/**
 * Imports and exports the register of officers at group meetings and briefings. {@link #check}
 * reads a file and reports every problem, by row and column, without writing anything;
 * {@link #importFile} checks the same way and then saves every row in one transaction, so an
 * import is all or nothing. Each meeting goes through {@link GroupMeetingService}, validated and
 * audited like one entered on screen. People and groups are matched by name.
 */
public final class GroupMeetingTransfer {

    private final GroupMeetingService register;
    private final PeopleService people;
    private final Transactions transactions;

    public GroupMeetingTransfer(GroupMeetingService register, PeopleService people, Transactions transactions) {
        this.register = register;
        this.people = people;
        this.transactions = transactions;
    }

    /** Writes every meeting to a .csv or .xlsx file, as the extension says; returns how many. */
    public int export(Path file) {
        List<List<Object>> rows = new GroupMeetingRows(register, people).export(register.today());
        TableWriter.write(file, GroupMeetingColumn.SHEET, GroupMeetingColumn.headers(), rows);
        return rows.size();
    }

    /** A dry run: every problem in the file, and how many meetings an import would add. Writes nothing. */
    public GroupMeetingImportReport check(Path file) {
        return prepare(file).report();
    }

    /** Imports the file if it has no problems; when it has, the register is as it was. */
    public GroupMeetingImportReport importFile(Path file) {
        Prepared prepared = prepare(file);
        if (prepared.report().hasProblems()) {
            return prepared.report();
        }
        try {
            int saved = transactions.inTransaction(() -> {
                int n = 0;
                for (GroupMeetingRows.Read read : prepared.rows()) {
                    try {
                        register.save(read.meeting());
                    } catch (ValidationException e) {
                        throw new RowRejectedException(problems(read.row(), e.problems(), prepared.headers()));
                    }
                    n++;
                }
                return n;
            });
            return new GroupMeetingImportReport(saved, List.of(), prepared.report().warnings(), true);
        } catch (RowRejectedException e) {
            return new GroupMeetingImportReport(0, e.problems(), prepared.report().warnings(), false);
        }
    }

    private record Prepared(List<GroupMeetingRows.Read> rows, Map<GroupMeetingColumn, String> headers,
                            GroupMeetingImportReport report) {
    }

    private Prepared prepare(Path file) {
        Table table = read(file);
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        List<ImportProblem> warnings = new ArrayList<>();
        Map<GroupMeetingColumn, Integer> index = new EnumMap<>(GroupMeetingColumn.class);
        Map<GroupMeetingColumn, String> headers = new EnumMap<>(GroupMeetingColumn.class);
        if (table.headers().isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new ImportProblem(0, null, "the file is empty; its first row must hold the column "
                        + "headings, such as " + String.join(", ", required()) + "."));
            }
            return new Prepared(List.of(), headers, new GroupMeetingImportReport(0, problems, warnings, false));
        }
        for (int i = 0; i < table.headers().size(); i++) {
            String h = table.headers().get(i);
            if (h.isBlank()) {
                continue;
            }
            Optional<GroupMeetingColumn> column = java.util.Arrays.stream(GroupMeetingColumn.values())
                    .filter(c -> c.matches(h)).findFirst();
            if (column.isEmpty()) {
                warnings.add(new ImportProblem(table.headerRow(), h, "Probity does not keep this for group "
                        + "meetings, so the column is ignored."));
            } else if (column.get().workedOut()) {
                continue;
            } else if (index.containsKey(column.get())) {
                warnings.add(new ImportProblem(table.headerRow(), h, "column '" + headers.get(column.get())
                        + "' already gives " + column.get().label() + ", so this one is ignored."));
            } else {
                index.put(column.get(), i);
                headers.put(column.get(), h);
            }
        }
        List<String> missing = java.util.Arrays.stream(GroupMeetingColumn.values())
                .filter(c -> c.required() && !index.containsKey(c)).map(c -> "'" + c.label() + "'").toList();
        if (!missing.isEmpty()) {
            problems.add(new ImportProblem(table.headerRow(), null, "the file has no " + String.join(", ", missing)
                    + (missing.size() == 1 ? " column" : " columns") + ", which group meetings must have. The first "
                    + "row must hold the column headings (columns found: " + String.join(", ", table.headers()
                    .stream().filter(h -> !h.isBlank()).toList()) + ")."));
            return new Prepared(List.of(), headers, new GroupMeetingImportReport(0, problems, warnings, false));
        }

        GroupMeetingRows.Reader reader = new GroupMeetingRows(register, people).reader(index, headers);
        Set<MeetingReference> existing = new HashSet<>();
        register.meetings().forEach(m -> existing.add(m.reference()));
        Map<MeetingReference, Integer> seen = new HashMap<>();
        List<GroupMeetingRows.Read> rows = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            GroupMeetingRows.Read read = reader.read(row);
            problems.addAll(read.problems());
            String refHeader = reader.header(GroupMeetingColumn.REFERENCE);
            if (read.reference() != null) {
                if (existing.contains(read.reference())) {
                    problems.add(new ImportProblem(row.number(), refHeader, read.reference() + " is already in the "
                            + "register; take the row out, or leave the reference empty to add it as a new request."));
                }
                Integer earlier = seen.putIfAbsent(read.reference(), row.number());
                if (earlier != null) {
                    problems.add(new ImportProblem(row.number(), refHeader, read.reference() + " is also on row "
                            + earlier + "."));
                }
            }
            if (read.meeting() != null) {
                problems.addAll(problems(row.number(), register.validate(read.meeting()).problems(), headers));
                rows.add(read);
            }
        }
        if (table.rows().isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(0, null, "the file has headings but no meetings below them."));
        }
        // Row by row, and within a row in the file's column order, as the user reads the spreadsheet.
        List<ImportProblem> sorted = problems.stream().distinct()
                .sorted(Comparator.comparingInt(ImportProblem::row)
                        .thenComparingInt(p -> p.column() == null ? -1 : table.headers().indexOf(p.column())))
                .toList();
        // References follow the order the requests were made, so a file exported in reference order keeps them.
        rows.sort(Comparator.comparing((GroupMeetingRows.Read r) -> r.meeting().requestedOn().getYear())
                .thenComparing(r -> r.reference() == null ? Integer.MAX_VALUE : r.reference().number())
                .thenComparing(r -> r.meeting().requestedOn()));
        return new Prepared(rows, headers, new GroupMeetingImportReport(rows.size(), sorted, warnings, false));
    }

    private static List<ImportProblem> problems(int row, List<FieldProblem> found,
                                                Map<GroupMeetingColumn, String> headers) {
        List<ImportProblem> problems = new ArrayList<>();
        for (FieldProblem f : found) {
            GroupMeetingColumn c = GroupMeetingColumn.FIELDS.get(f.field());
            problems.add(new ImportProblem(row, c == null ? null : headers.getOrDefault(c, c.label()),
                    f.message()));
        }
        return problems;
    }

    private static List<String> required() {
        return java.util.Arrays.stream(GroupMeetingColumn.values()).filter(GroupMeetingColumn::required)
                .map(GroupMeetingColumn::label).toList();
    }

    private static Table read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Table.unreadable(new ImportProblem(0, null, "there is no file at " + file + "."));
        }
        return switch (TableFormat.of(file)) {
            case CSV -> TableReader.readCsv(file);
            case XLSX -> TableReader.readWorkbook(file, GroupMeetingColumn.SHEET);
            case UNKNOWN -> Table.unreadable(new ImportProblem(0, null, "Probity reads .csv and .xlsx files; save "
                    + file.getFileName() + " in one of those formats and try again."));
        };
    }
}
