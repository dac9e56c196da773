package org.probity.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.probity.reports.Disclosure;

/**
 * A register's publishable columns with the way each is read from a record, kept together so a
 * heading can never drift from its value.
 */
final class ColumnSet<T> {

    private final List<PublishedColumn> columns = new ArrayList<>();
    private final List<BiFunction<T, Disclosure, Object>> values = new ArrayList<>();

    ColumnSet<T> open(String heading, BiFunction<T, Disclosure, Object> value) {
        return add(PublishedColumn.open(heading), value);
    }

    ColumnSet<T> personal(String heading, String why, BiFunction<T, Disclosure, Object> value) {
        return add(PublishedColumn.personal(heading, why), value);
    }

    private ColumnSet<T> add(PublishedColumn column, BiFunction<T, Disclosure, Object> value) {
        columns.add(column);
        values.add(value);
        return this;
    }

    /** Free text as published: trimmed, and empty where there is none. */
    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    List<PublishedColumn> columns() {
        return List.copyOf(columns);
    }

    /**
     * The named columns of every record, in the order named; an absent value is an empty cell.
     * Columns not named are never read, so a name left unticked is not even looked up.
     */
    List<List<Object>> rows(List<T> records, List<String> headings, Disclosure disclosure) {
        List<BiFunction<T, Disclosure, Object>> wanted = new ArrayList<>(headings.size());
        for (String heading : headings) {
            int i = indexOf(heading);
            if (i < 0) {
                throw new IllegalArgumentException("No column " + heading);
            }
            wanted.add(values.get(i));
        }
        List<List<Object>> rows = new ArrayList<>(records.size());
        for (T record : records) {
            List<Object> row = new ArrayList<>(wanted.size());
            for (BiFunction<T, Disclosure, Object> value : wanted) {
                Object cell = value.apply(record, disclosure);
                row.add(cell == null ? "" : cell);
            }
            rows.add(row);
        }
        return rows;
    }

    private int indexOf(String heading) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).heading().equals(heading)) {
                return i;
            }
        }
        return -1;
    }
}
