package org.probity.enquiries;

import java.time.LocalDate;

/** One enquiry as the performance figures see it; {@code repliedOn} is the answer or the refusal. */
public record PerformanceRow(LocalDate receivedOn, LocalDate targetDue, LocalDate repliedOn, Long serviceAreaId,
                             Long directorateId, Long officerId, boolean holdingReply, boolean escalated,
                             boolean refused) {
}
