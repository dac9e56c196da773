package org.probity.enquiries;

import java.time.LocalDate;

/** A late enquiry passed to a more senior officer (004 para 7.1). */
public record Escalation(Long id, LocalDate escalatedOn, long escalatedToOfficerId, String note) {
}
