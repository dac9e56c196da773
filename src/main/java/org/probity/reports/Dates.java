package org.probity.reports;

import java.time.LocalDate;

/** Date ranges where either end may be open. */
final class Dates {

    private Dates() {
    }

    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
