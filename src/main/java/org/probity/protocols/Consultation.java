package org.probity.protocols;

import java.time.LocalDate;

/**
 * One entry of a review's consultation log: a contributor, or an approver for submission,
 * the date the draft was sent, the date a response is wanted by, and the response.
 */
public record Consultation(Long id, long reviewId, String name, String title, String organisation,
                           boolean approver, LocalDate sentOn, LocalDate respondBy, LocalDate respondedOn,
                           String responseSummary) {

    public Consultation withId(long newId) {
        return new Consultation(newId, reviewId, name, title, organisation, approver, sentOn, respondBy,
                respondedOn, responseSummary);
    }

    public Consultation responded(LocalDate on, String summary) {
        return new Consultation(id, reviewId, name, title, organisation, approver, sentOn, respondBy, on, summary);
    }

    public boolean outstanding() {
        return respondedOn == null;
    }
}
