package org.probity.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * What a register offers the calendar: its open deadlines, and a way to store a new due date
 * when an announced bank holiday or a closure day moves one. {@link #moved} is called inside
 * the transaction that changed the calendar, so both are saved or neither.
 */
public interface OpenDeadlines {

    List<OpenDeadline> open();

    void moved(OpenDeadline deadline, LocalDate newDue);
}
