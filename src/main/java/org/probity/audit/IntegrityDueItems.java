package org.probity.audit;

import java.time.LocalDate;
import java.util.List;
import org.probity.common.DueItem;
import org.probity.common.DueItemSource;

/** Runs the weekly integrity check and puts a warning on Today while it has found a problem. */
public final class IntegrityDueItems implements DueItemSource {

    private final IntegrityCheck check;

    public IntegrityDueItems(IntegrityCheck check) {
        this.check = check;
    }

    @Override
    public List<DueItem> dueItems(LocalDate today, LocalDate until) {
        check.checkIfDue();
        return check.lastProblem()
                .map(problem -> List.of(new DueItem("Data safety", today,
                        "The weekly check of the database found a problem. " + problem
                                + " Run 'probity verify' for details and restore a backup if records were changed.",
                        "", "settings", null)))
                .orElse(List.of());
    }
}
