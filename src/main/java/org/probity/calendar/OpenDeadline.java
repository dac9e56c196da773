package org.probity.calendar;

import java.time.LocalDate;

/**
 * A register's record still waiting on a deadline: enough to count it again when the calendar
 * changes. {@code register} and {@code recordId} let the register find its record.
 */
public record OpenDeadline(String register, String recordId, String label, LocalDate received, int workingDays,
                           LocalDate due) {
}
