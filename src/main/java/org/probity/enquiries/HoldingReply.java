package org.probity.enquiries;

import java.time.LocalDate;

/**
 * A holding reply telling the member when to expect the answer. It moves the date the member
 * expects, not the target the performance figures judge against.
 */
public record HoldingReply(LocalDate sentOn, LocalDate newExpectedOn) {
}
