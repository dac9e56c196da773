package org.probity.calendar;

import java.time.LocalDate;

/**
 * A day off in one nation. {@code substitute} marks the weekday given instead of a holiday that
 * fell at a weekend; {@code observedFor} is then the weekend date it replaces.
 */
public record BankHoliday(LocalDate date, String name, boolean substitute, LocalDate observedFor) {

    /** How users and gov.uk name it, e.g. "Boxing Day (substitute day)". */
    public String reason() {
        return substitute ? name + " (substitute day)" : name;
    }
}
