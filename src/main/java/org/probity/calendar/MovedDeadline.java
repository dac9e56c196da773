package org.probity.calendar;

import java.time.LocalDate;

/** An open deadline that a change to the calendar moved, shown to the user after the change. */
public record MovedDeadline(OpenDeadline deadline, LocalDate newDue) {

    public LocalDate oldDue() {
        return deadline.due();
    }
}
