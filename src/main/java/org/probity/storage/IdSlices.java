package org.probity.storage;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Rows read for many ids at once, a thousand ids to a statement: a statement with tens of
 * thousands of parameters is slow to prepare, and reading row by row is slower still.
 */
public final class IdSlices {

    static final int SLICE = 1000;

    private IdSlices() {
    }

    /**
     * Calls {@code read} with {@code field IN (...)} for each slice of {@code ids}, leaving out repeats.
     * The ids are written into the statement as numbers: bound as parameters, H2 tests every row
     * against the whole list.
     */
    public static void forEach(Collection<Long> ids, Field<Long> field, Consumer<Condition> read) {
        List<Long> wanted = List.copyOf(new LinkedHashSet<>(ids));
        for (int start = 0; start < wanted.size(); start += SLICE) {
            read.accept(field.in(wanted.subList(start, Math.min(wanted.size(), start + SLICE)).stream()
                    .map(DSL::inline).toList()));
        }
    }
}
