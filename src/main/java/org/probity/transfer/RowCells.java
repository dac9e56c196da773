package org.probity.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cells of one row of a register's file, read by column, keeping the first problem found in
 * each column (and problems that belong to no column) so a row's problems are each listed once.
 */
class RowCells<C extends Enum<C> & RegisterColumn> {

    private final Table.Row row;
    private final RegisterColumns<C> columns;
    private final Map<C, ImportProblem> byColumn;
    private final List<ImportProblem> other = new ArrayList<>();

    RowCells(Class<C> type, Table.Row row, RegisterColumns<C> columns) {
        this.row = row;
        this.columns = columns;
        this.byColumn = new EnumMap<>(type);
    }

    String text(C c) {
        return columns.get(row, c);
    }

    /** The cell's text, or null when it is blank. */
    String textOrNull(C c) {
        return blankToNull(text(c));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A name as looked up: trimmed, single spaces, lower case. */
    static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }

    void problem(C c, String message) {
        if (c == null) {
            other.add(new ImportProblem(row.number(), null, message));
        } else {
            byColumn.putIfAbsent(c, new ImportProblem(row.number(), columns.header(c), message));
        }
    }

    boolean failed(C c) {
        return byColumn.containsKey(c);
    }

    List<ImportProblem> problems() {
        List<ImportProblem> all = new ArrayList<>(byColumn.values());
        all.addAll(other);
        return all;
    }

    LocalDate date(C c) {
        CellText.Parsed<LocalDate> parsed = CellText.date(text(c));
        if (parsed.failed()) {
            problem(c, parsed.problem() + ".");
        }
        return parsed.value();
    }

    /** One of {@code values}, by its label or name, or by another word for it in {@code more}. */
    <E extends Enum<E>> E choice(C c, E[] values, Function<E, String> label, Map<String, E> more) {
        String t = text(c);
        if (t.isEmpty()) {
            return null;
        }
        String wanted = Column.normalise(t);
        for (E value : values) {
            if (Column.normalise(label.apply(value)).equals(wanted) || Column.normalise(value.name()).equals(wanted)) {
                return value;
            }
        }
        for (Map.Entry<String, E> entry : more.entrySet()) {
            if (Column.normalise(entry.getKey()).equals(wanted)) {
                return entry.getValue();
            }
        }
        problem(c, "'" + t + "' is not one of: " + Arrays.stream(values).map(label)
                .collect(Collectors.joining("; ")) + ".");
        return null;
    }
}
