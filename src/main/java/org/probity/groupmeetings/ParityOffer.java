package org.probity.groupmeetings;

import java.time.LocalDate;

/** The same briefing offered to one other group, its answer and, if given, the date of its briefing. */
public record ParityOffer(Long id, long groupId, LocalDate offeredOn, OfferAnswer answer, LocalDate briefingDate) {

    public ParityOffer {
        answer = answer == null ? OfferAnswer.NO_REPLY : answer;
    }
}
