package org.probity.retention;

import java.time.LocalDate;
import java.util.List;
import org.probity.common.DueItem;
import org.probity.common.DueItemSource;

/**
 * Puts one line on Today for the Monitoring Officer and deputies while records are past their
 * retention date, pointing to the Disposal review; counted in the database, not listed.
 */
public final class RetentionDueItems implements DueItemSource {

    public static final String SECTION_ID = "disposal-review";

    private final RetentionService retention;

    public RetentionDueItems(RetentionService retention) {
        this.retention = retention;
    }

    @Override
    public List<DueItem> dueItems(LocalDate today, LocalDate until) {
        if (!retention.mayDispose()) {
            return List.of();
        }
        int due = retention.countDue();
        if (due == 0) {
            return List.of();
        }
        return List.of(new DueItem("Records management", today, due + (due == 1 ? " record is" : " records are")
                + " past the retention date and awaiting the disposal review.", "", SECTION_ID, null));
    }
}
