package org.probity.calendar;

import java.time.LocalDate;
import org.probity.common.UkDates;

/** A day a deadline did not count, and why: "Saturday", "Christmas Day", "Authority closure: …". */
public record SkippedDay(LocalDate date, String reason) {

    /** "25 Dec Christmas Day". */
    public String describe() {
        return UkDates.SHORT.format(date) + " " + reason;
    }
}
