package org.probity.common;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry about a person in one of the registers, as their page in the people screens lists
 * it: "Relationships · REL-2026-0004 · Partner of Ruth Okafor · Decided". {@code sectionId} and
 * {@code recordId} say which screen shows the record.
 */
public record PersonRecord(String register, String reference, String summary, String status, LocalDate date,
                           String sectionId, String recordId) {

    public PersonRecord {
        Objects.requireNonNull(register, "register");
        reference = reference == null ? "" : reference;
        summary = summary == null ? "" : summary;
        status = status == null ? "" : status;
    }
}
