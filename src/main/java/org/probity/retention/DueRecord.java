package org.probity.retention;

import java.time.LocalDate;
import java.util.Optional;

/** A record with its retention date and action under the schedule, and the hold on it if there is one. */
public record DueRecord(RetainedRecord record, LocalDate dueDate, DisposalAction action, Optional<LegalHold> hold) {

    public RetainedRegister register() {
        return record.register();
    }

    public String reference() {
        return record.reference();
    }

    public boolean isDue(LocalDate today) {
        return !dueDate.isAfter(today);
    }

    public boolean isOnHold() {
        return hold.isPresent();
    }
}
