package org.probity.enquiries;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A member's enquiry or information request. {@code targetDays} and {@code targetDue} are the
 * target the performance figures judge against: the authority's target for the kind unless
 * overridden with {@code targetReason}, counted in working days from receipt by the service,
 * never typed. A holding reply (the latest one sent) moves only {@link #expectedDue()}. {@code directorateId} is
 * that of the service area (or, without one, of the assigned officer) and {@code directorId}
 * the assigned officer's Director; the service fills both in when the enquiry is saved, and
 * they stay as they were then, so the figures for a past year follow the organisation of
 * that year.
 */
public record Enquiry(Long id, EnquiryReference reference, Long memberId, LocalDate receivedOn,
                      EnquiryChannel channel, String subject, String details, EnquiryKind kind, Long wardId,
                      Long serviceAreaId, Long directorateId, Long officerId, Long directorId,
                      ConsentBasis consentBasis, Integer targetDays, String targetReason, LocalDate targetDue,
                      LocalDate acknowledgedOn, HoldingReply holdingReply, List<Escalation> escalations,
                      LocalDate answeredOn, Refusal refusal, LocalDate closedOn) {

    public Enquiry {
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
    }

    /** A new enquiry with the authority's target for its kind; the service works out the due date. */
    public static Enquiry received(Long memberId, LocalDate receivedOn, EnquiryChannel channel, String subject,
                                   String details, EnquiryKind kind, Long wardId, Long serviceAreaId,
                                   Long officerId, ConsentBasis consentBasis) {
        return new Enquiry(null, null, memberId, receivedOn, channel, subject, details, kind, wardId, serviceAreaId,
                null, officerId, null, consentBasis, null, null, null, null, null, List.of(), null, null, null);
    }

    public EnquiryStatus status() {
        if (closedOn != null) {
            return EnquiryStatus.CLOSED;
        }
        if (refusal != null) {
            return EnquiryStatus.REFUSED;
        }
        return answeredOn != null ? EnquiryStatus.ANSWERED : EnquiryStatus.OPEN;
    }

    /** Still waiting for an answer or a refusal. */
    public boolean isAwaitingReply() {
        return answeredOn == null && refusal == null && closedOn == null;
    }

    /** The day the member had the answer or the refusal, if they have. */
    public Optional<LocalDate> repliedOn() {
        return Optional.ofNullable(answeredOn != null ? answeredOn : refusal == null ? null : refusal.refusedOn());
    }

    /** The date the member was last told to expect the answer: the target, or a holding reply's new date. */
    public LocalDate expectedDue() {
        return holdingReply != null && holdingReply.newExpectedOn() != null ? holdingReply.newExpectedOn()
                : targetDue;
    }

    public boolean isTargetOverridden() {
        return targetReason != null && !targetReason.isBlank();
    }

    public boolean isEscalated() {
        return !escalations.isEmpty();
    }

    public Optional<Refusal> refusalIfAny() {
        return Optional.ofNullable(refusal);
    }

    /** Overrides the authority's target for this enquiry; {@code days} null goes back to the authority's. */
    public Enquiry withTarget(Integer days, String reason) {
        return new Enquiry(id, reference, memberId, receivedOn, channel, subject, details, kind, wardId,
                serviceAreaId, directorateId, officerId, directorId, consentBasis, days, reason, targetDue,
                acknowledgedOn, holdingReply, escalations, answeredOn, refusal, closedOn);
    }

    public Enquiry withTargetDue(int days, String reason, LocalDate due) {
        return new Enquiry(id, reference, memberId, receivedOn, channel, subject, details, kind, wardId,
                serviceAreaId, directorateId, officerId, directorId, consentBasis, days, reason, due,
                acknowledgedOn, holdingReply, escalations, answeredOn, refusal, closedOn);
    }

    public Enquiry withOrganisation(Long newDirectorateId, Long newDirectorId) {
        return new Enquiry(id, reference, memberId, receivedOn, channel, subject, details, kind, wardId,
                serviceAreaId, newDirectorateId, officerId, newDirectorId, consentBasis, targetDays, targetReason,
                targetDue, acknowledgedOn, holdingReply, escalations, answeredOn, refusal, closedOn);
    }

    public Enquiry withIdentity(long newId, EnquiryReference newReference) {
        return new Enquiry(newId, newReference, memberId, receivedOn, channel, subject, details, kind, wardId,
                serviceAreaId, directorateId, officerId, directorId, consentBasis, targetDays, targetReason,
                targetDue, acknowledgedOn, holdingReply, escalations, answeredOn, refusal, closedOn);
    }

    /** The same enquiry with its progress (acknowledgement to closing) replaced. */
    public Enquiry withProgress(LocalDate newAcknowledgedOn, HoldingReply newHoldingReply,
                                List<Escalation> newEscalations, LocalDate newAnsweredOn, Refusal newRefusal,
                                LocalDate newClosedOn) {
        return new Enquiry(id, reference, memberId, receivedOn, channel, subject, details, kind, wardId,
                serviceAreaId, directorateId, officerId, directorId, consentBasis, targetDays, targetReason,
                targetDue, newAcknowledgedOn, newHoldingReply, newEscalations, newAnsweredOn, newRefusal,
                newClosedOn);
    }
}
