package org.probity.calendar;

import java.time.LocalDate;

/**
 * A bank holiday announced (or cancelled) after the holiday library was released, as
 * coronations, jubilees and state funerals have been. Applied on top of the library's days.
 */
public record BankHolidayChange(Long id, LocalDate date, BankHolidayRegion region, BankHolidayChangeKind kind,
                                String description) {

    public BankHolidayChange withId(long newId) {
        return new BankHolidayChange(newId, date, region, kind, description);
    }
}
