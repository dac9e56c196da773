package org.probity.retention;

import java.time.LocalDate;

/**
 * A record whose retention is counted: its register, id and reference, the year its statistics
 * count it in, and the date its period runs from. Nothing about the people in it.
 */
public record RetainedRecord(RetainedRegister register, long recordId, String reference, int recordYear,
                             LocalDate triggerDate) {
}
