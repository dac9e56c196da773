package org.probity.publication;

import java.time.LocalDate;
import org.probity.common.UkDates;

/** The days an extract covers, both ends included. */
final class Period {

    private Period() {
    }

    static boolean contains(LocalDate from, LocalDate to, LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** "1 Jan 2026 to 31 Dec 2026". */
    static String describe(LocalDate from, LocalDate to) {
        return UkDates.display(from) + " to " + UkDates.display(to);
    }
}
