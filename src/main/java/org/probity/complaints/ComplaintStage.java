package org.probity.complaints;

import java.time.LocalDate;

/**
 * A stage a complaint has reached: who handles it, when it started, its due dates (counted in
 * working days when it started), the one extension it may have had and why, when it was
 * completed, and the Independent Person's view where they were consulted. {@code respondDays}
 * is the target the response date was counted with, so that a calendar change counts it again
 * with the same number of days even after the procedure's targets have changed ({@code null}
 * for stages stored before it was kept: the procedure's target then applies).
 */
public record ComplaintStage(Long id, int number, Long handlerId, LocalDate startedOn, LocalDate acknowledgeDue,
                             LocalDate acknowledgedOn, LocalDate respondDue, Integer extensionDays,
                             String extensionReason, LocalDate extendedDue, LocalDate completedOn,
                             LocalDate independentPersonConsultedOn, String independentPersonView,
                             Integer respondDays) {

    public ComplaintStage(Long id, int number, Long handlerId, LocalDate startedOn, LocalDate acknowledgeDue,
                          LocalDate acknowledgedOn, LocalDate respondDue, Integer extensionDays, String extensionReason,
                          LocalDate extendedDue, LocalDate completedOn, LocalDate independentPersonConsultedOn,
                          String independentPersonView) {
        this(id, number, handlerId, startedOn, acknowledgeDue, acknowledgedOn, respondDue, extensionDays,
                extensionReason, extendedDue, completedOn, independentPersonConsultedOn, independentPersonView, null);
    }

    public boolean isCompleted() {
        return completedOn != null;
    }

    public boolean isExtended() {
        return extensionDays != null;
    }

    /** The date the response is now due: the extended date if there was an extension. */
    public LocalDate responseDue() {
        return extendedDue != null ? extendedDue : respondDue;
    }

    public boolean isIndependentPersonConsulted() {
        return independentPersonConsultedOn != null;
    }

    /** Whether this stage missed a target, judged on {@code today} while it is still open. */
    public boolean isLate(LocalDate today) {
        boolean lateAck = acknowledgeDue != null && (acknowledgedOn != null ? acknowledgedOn.isAfter(acknowledgeDue)
                : (completedOn != null ? completedOn.isAfter(acknowledgeDue) : today.isAfter(acknowledgeDue)));
        LocalDate due = responseDue();
        boolean lateResponse = due != null && (completedOn != null ? completedOn.isAfter(due) : today.isAfter(due));
        return lateAck || lateResponse;
    }

    public ComplaintStage acknowledged(LocalDate on) {
        return new ComplaintStage(id, number, handlerId, startedOn, acknowledgeDue, on, respondDue, extensionDays,
                extensionReason, extendedDue, completedOn, independentPersonConsultedOn, independentPersonView,
                respondDays);
    }

    public ComplaintStage extended(int days, String reason, LocalDate newDue) {
        return new ComplaintStage(id, number, handlerId, startedOn, acknowledgeDue, acknowledgedOn, respondDue, days,
                reason, newDue, completedOn, independentPersonConsultedOn, independentPersonView,
                respondDays);
    }

    public ComplaintStage completed(LocalDate on) {
        return new ComplaintStage(id, number, handlerId, startedOn, acknowledgeDue, acknowledgedOn, respondDue,
                extensionDays, extensionReason, extendedDue, on, independentPersonConsultedOn, independentPersonView,
                respondDays);
    }

    public ComplaintStage consulted(LocalDate on, String view) {
        return new ComplaintStage(id, number, handlerId, startedOn, acknowledgeDue, acknowledgedOn, respondDue,
                extensionDays, extensionReason, extendedDue, completedOn, on, view, respondDays);
    }
}
