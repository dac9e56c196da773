package org.probity.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.probity.common.UkDates;

/**
 * A due date with the working it out: users check deadlines against their own diaries, so
 * every day not counted is listed with its reason.
 */
public record Deadline(LocalDate received, int workingDays, BankHolidayRegion region, LocalDate due,
                       List<SkippedDay> skipped) {

    public Deadline {
        skipped = List.copyOf(skipped);
    }

    /** "Skipped 25 Dec Christmas Day, 26 Dec Saturday (Boxing Day), …", or that nothing was skipped. */
    public String explanation() {
        if (skipped.isEmpty()) {
            return "No days skipped: the " + workingDays + " days after " + UkDates.display(received)
                    + " are all working days.";
        }
        return "Skipped " + skipped.stream().map(SkippedDay::describe).collect(Collectors.joining(", ")) + ".";
    }

    /** "5 working days after 22 Dec 2026 (England and Wales): Thursday 31 December 2026". */
    public String summary() {
        return workingDays + (workingDays == 1 ? " working day" : " working days") + " after "
                + UkDates.display(received) + " (" + region.label() + "): " + UkDates.LONG.format(due);
    }
}
