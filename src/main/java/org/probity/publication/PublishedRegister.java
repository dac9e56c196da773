package org.probity.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.probity.reports.Disclosure;

/**
 * A register that can be published: its records of a period, one row each, and the columns
 * they can be published with. Each column is kept with the way it is read from a record, so a
 * heading can never drift from its value; a register adds its columns in its constructor.
 */
public abstract class PublishedRegister<T> {

    private final String kind;
    private final String title;
    private final String entries;
    private final String datedBy;
    private final String countBy;
    private final List<PublishedColumn> columns = new ArrayList<>();
    private final List<BiFunction<T, Disclosure, Object>> values = new ArrayList<>();

    /**
     * {@code kind} names the register on the command line ("relationships"), {@code entries} is
     * what one row is in the plural ("declarations"), {@code datedBy} what the period is measured
     * by ("declared"), and {@code countBy} the column counted unless the user picks another.
     */
    protected PublishedRegister(String kind, String title, String entries, String datedBy, String countBy) {
        this.kind = kind;
        this.title = title;
        this.entries = entries;
        this.datedBy = datedBy;
        this.countBy = countBy;
    }

    /** The records dated from {@code from} to {@code to} inclusive, oldest first. */
    protected abstract List<T> records(LocalDate from, LocalDate to, List<String> headings);

    protected final void open(String heading, BiFunction<T, Disclosure, Object> value) {
        columns.add(PublishedColumn.open(heading));
        values.add(value);
    }

    protected final void personal(String heading, String why, BiFunction<T, Disclosure, Object> value) {
        columns.add(PublishedColumn.personal(heading, why));
        values.add(value);
    }

    /** Free text as published: trimmed, and empty where there is none. */
    protected static String text(String value) {
        return value == null ? "" : value.strip();
    }

    public final String kind() {
        return kind;
    }

    /** "Register of declared relationships". */
    public final String title() {
        return title;
    }

    public final String entries() {
        return entries;
    }

    public final String datedBy() {
        return datedBy;
    }

    public final String countBy() {
        return countBy;
    }

    public final List<PublishedColumn> columns() {
        return List.copyOf(columns);
    }

    /**
     * The records of the period, each with a cell for each of {@code headings} in that order; an
     * absent value is an empty cell. Columns not named are never read, so a name left unticked
     * is not even looked up. People are given by role or by name, as the column says, through
     * {@code disclosure}.
     */
    public final List<List<Object>> rows(LocalDate from, LocalDate to, List<String> headings,
                                         Disclosure disclosure) {
        List<BiFunction<T, Disclosure, Object>> wanted = new ArrayList<>(headings.size());
        for (String heading : headings) {
            int i = columns.stream().map(PublishedColumn::heading).toList().indexOf(heading);
            if (i < 0) {
                throw new IllegalArgumentException("The " + title + " has no column " + heading);
            }
            wanted.add(values.get(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (T record : records(from, to, headings)) {
            List<Object> row = new ArrayList<>(wanted.size());
            for (BiFunction<T, Disclosure, Object> value : wanted) {
                Object cell = value.apply(record, disclosure);
                row.add(cell == null ? "" : cell);
            }
            rows.add(row);
        }
        return rows;
    }
}
