package org.probity.publication;

import java.time.LocalDate;
import java.util.List;

/**
 * What the user asked to publish: a register, the period (both days included), the columns in
 * the order shown, the column to count the entries by, the count below which a figure is given
 * as "fewer than N" (0 to print every count), and whether to publish the counts alone, without
 * the rows, for a register whose rows would let a reader pick out a person.
 */
public record PublicationRequest(String kind, LocalDate from, LocalDate to, List<String> columns, String countBy,
                                 int suppressBelow, boolean countsOnly) {

    public PublicationRequest {
        columns = columns == null ? List.of() : List.copyOf(columns);
        suppressBelow = Math.max(0, suppressBelow);
    }

    /** Rows and counts. */
    public PublicationRequest(String kind, LocalDate from, LocalDate to, List<String> columns, String countBy,
                              int suppressBelow) {
        this(kind, from, to, columns, countBy, suppressBelow, false);
    }

    public PublicationRequest withColumns(List<String> newColumns) {
        return new PublicationRequest(kind, from, to, newColumns, countBy, suppressBelow, countsOnly);
    }

    public PublicationRequest withCountsOnly(boolean only) {
        return new PublicationRequest(kind, from, to, columns, countBy, suppressBelow, only);
    }
}
