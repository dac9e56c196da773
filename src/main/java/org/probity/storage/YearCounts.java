package org.probity.storage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

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
        Field<Integer> year = DSL.year(date);
        Map<Integer, Integer> counts = new HashMap<>();
        dsl.select(year, DSL.count()).from(table).where(date.between(from, to).and(condition))
                .groupBy(year)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }
}
