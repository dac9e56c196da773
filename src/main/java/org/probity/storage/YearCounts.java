package org.probity.storage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** Rows counted by the year of one of their dates, in the database, for the registers' trend figures. */
public final class YearCounts {

    private YearCounts() {
    }

    /**
     * The rows of {@code table} meeting {@code condition} whose {@code date} falls from {@code from} to
     * {@code to}, counted by that date's year; a year without any is not in the map.
     */
    public static Map<Integer, Integer> count(DSLContext dsl, Table<?> table, Field<LocalDate> date,
                                              Condition condition, LocalDate from, LocalDate to) {
        Map<Integer, Integer> counts = new HashMap<>();
        // A count a year rather than one grouped by the year, which works out and looks up the year of
        // every row: each year is then a range of the date's index.
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate first = LocalDate.of(year, 1, 1).isBefore(from) ? from : LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31).isAfter(to) ? to : LocalDate.of(year, 12, 31);
            int n = dsl.fetchCount(table, date.between(first, last).and(condition));
            if (n > 0) {
                counts.put(year, n);
            }
        }
        return counts;
    }
}
