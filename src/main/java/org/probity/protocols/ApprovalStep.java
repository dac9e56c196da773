package org.probity.protocols;

import java.time.LocalDate;

/**
 * One body on a review's approval route (committee, panel, Cabinet Member, Council) and its
 * meeting. {@code decision} is null until the meeting has decided.
 */
public record ApprovalStep(Long id, long reviewId, int order, String body, LocalDate meetingOn,
                           ApprovalDecision decision, String minuteReference) {

    public ApprovalStep withId(long newId) {
        return new ApprovalStep(newId, reviewId, order, body, meetingOn, decision, minuteReference);
    }

    public ApprovalStep withOrder(int newOrder) {
        return new ApprovalStep(id, reviewId, newOrder, body, meetingOn, decision, minuteReference);
    }

    public ApprovalStep decided(ApprovalDecision newDecision, String minute) {
        return new ApprovalStep(id, reviewId, order, body, meetingOn, newDecision, minute);
    }
}
