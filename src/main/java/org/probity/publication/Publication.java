package org.probity.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.probity.common.UkDates;

/**
 * An extract ready to publish: only the columns chosen, the rows of the period, and the count of
 * entries by one column. Everything written to a file comes from here, so a column that was not
 * chosen cannot reach the file. When {@code countsOnly} is set there are no columns and no rows,
 * only the counts and their total.
 */
public record Publication(String kind, String title, String authority, String entries, String datedBy,
                          LocalDate from, LocalDate to, LocalDate madeOn, List<PublishedColumn> columns,
                          List<List<Object>> rows, String countBy, List<Count> counts, int suppressBelow,
                          boolean countsOnly) {

    public Publication {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        counts = List.copyOf(counts);
    }

    /** How many entries share one value of the counted column. */
    public record Count(String value, long entries) {
    }

    public List<String> headers() {
        return columns.stream().map(PublishedColumn::heading).toList();
    }

    public List<PublishedColumn> personalColumns() {
        return columns.stream().filter(PublishedColumn::personal).toList();
    }

    public long total() {
        return counts.stream().mapToLong(Count::entries).sum();
    }

    /** A count as printed: "fewer than 3" when small counts are suppressed. */
    public String shown(long n) {
        return n > 0 && n < suppressBelow ? "fewer than " + suppressBelow : Long.toString(n);
    }

    /** The rows as they read on screen and in the PDF: dates in the UK form. */
    public List<List<String>> displayRows() {
        return rows.stream().map(row -> row.stream().map(Publication::display).toList()).toList();
    }

    /** The counts as printed, most first, with the total last. */
    public List<List<String>> countRows() {
        List<List<String>> out = new ArrayList<>();
        for (Count c : counts) {
            out.add(List.of(c.value().isBlank() ? "Not recorded" : c.value(), shown(c.entries())));
        }
        out.add(List.of("Total", shown(total())));
        return out;
    }

    /** The headers of the file: the columns, or for counts alone the counted column and the count. */
    public List<String> fileHeaders() {
        return countsOnly ? List.of(countBy, ENTRIES) : headers();
    }

    /** The rows of the file: the entries, or for counts alone the counts as printed, total last. */
    public List<List<Object>> fileRows() {
        return countsOnly ? countRows().stream().map(row -> List.<Object>copyOf(row)).toList() : rows;
    }

    /** The heading of the count column in the PDF, the file and on screen. */
    public static final String ENTRIES = "Entries";

    /** "Register of declared relationships: 1 Jan 2026 to 31 Dec 2026". */
    public String heading() {
        return title + ": " + Period.describe(from, to);
    }

    static String display(Object cell) {
        if (cell instanceof LocalDate date) {
            return UkDates.display(date);
        }
        return cell == null ? "" : cell.toString();
    }
}
