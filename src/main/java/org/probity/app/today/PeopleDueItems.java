package org.probity.app.today;

import java.time.LocalDate;
import java.util.List;
import org.probity.common.DueItem;
import org.probity.common.DueItemSource;
import org.probity.people.EndingSoon;
import org.probity.people.PeopleService;

/**
 * The people directory's contribution to the Today dashboard: special responsibilities,
 * terms of office and employments that end soon. These are not overdue once passed, they
 * have simply ended, so only the days from today onwards are listed.
 */
public final class PeopleDueItems implements DueItemSource {

    public static final String REGISTER = "People";

    private final PeopleService people;

    public PeopleDueItems(PeopleService people) {
        this.people = people;
    }

    @Override
    public List<DueItem> dueItems(LocalDate today, LocalDate until) {
        return people.endingSoon(until).stream().map(PeopleDueItems::toDueItem).toList();
    }

    private static DueItem toDueItem(EndingSoon e) {
        String section = PeopleService.OFFICER.equals(e.recordType()) ? "officers" : "members";
        return new DueItem(REGISTER, e.date(), e.what(), e.personName(), section, String.valueOf(e.personId()));
    }
}
