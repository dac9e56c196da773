package org.probity.publication;

import java.time.LocalDate;
import java.util.List;

/**
 * What the user asked to publish: a register, the period (both days included), the columns in
 * the order shown, the column to count the entries by, and the count below which a figure is
 * given as "fewer than N" (0 to print every count).
 */
public record PublicationRequest(String kind, LocalDate from, LocalDate to, List<String> columns, String countBy,
                                 int suppressBelow) {

    public PublicationRequest {
        columns = columns == null ? List.of() : List.copyOf(columns);
        suppressBelow = Math.max(0, suppressBelow);
    }

    public PublicationRequest withColumns(List<String> newColumns) {
        return new PublicationRequest(kind, from, to, newColumns, countBy, suppressBelow);
    }
}
