package org.probity.protocols;

import java.time.LocalDate;

/**
 * A review of a version in force. The draft version starts as a copy of the version reviewed
 * and carries every amendment; the period is what the evidence panel looks back on.
 */
public record Review(Long id, long protocolId, long reviewedVersionId, long draftVersionId, LocalDate openedOn,
                     ReviewReason reason, LocalDate periodFrom, LocalDate periodTo, String findings,
                     ReviewStatus status, LocalDate closedOn) {

    public Review withId(long newId) {
        return new Review(newId, protocolId, reviewedVersionId, draftVersionId, openedOn, reason, periodFrom,
                periodTo, findings, status, closedOn);
    }

    public Review withDraft(long draftId) {
        return new Review(id, protocolId, reviewedVersionId, draftId, openedOn, reason, periodFrom, periodTo,
                findings, status, closedOn);
    }

    public Review withFindings(String newFindings) {
        return new Review(id, protocolId, reviewedVersionId, draftVersionId, openedOn, reason, periodFrom,
                periodTo, newFindings, status, closedOn);
    }

    public Review closed(ReviewStatus newStatus, LocalDate on) {
        return new Review(id, protocolId, reviewedVersionId, draftVersionId, openedOn, reason, periodFrom,
                periodTo, findings, newStatus, on);
    }

    public boolean inProgress() {
        return status == ReviewStatus.IN_PROGRESS;
    }
}
