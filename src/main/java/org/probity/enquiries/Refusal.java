package org.probity.enquiries;

import java.time.LocalDate;

/**
 * An officer's refusal of a member's request (001 para 12): the reasons, the member's request
 * for them in writing and when they were sent, the copy to the Monitoring Officer, and the
 * Monitoring Officer's advice. The refusal is the reply, so it counts as the answer.
 */
public record Refusal(LocalDate refusedOn, String reasons, LocalDate reasonsRequestedOn, LocalDate reasonsSentOn,
                      LocalDate copiedToMonitoringOfficerOn, String monitoringOfficerAdvice,
                      LocalDate advisedOn) {

    /** A refusal just made: nothing requested, sent or copied yet. */
    public static Refusal made(LocalDate refusedOn, String reasons) {
        return new Refusal(refusedOn, reasons, null, null, null, null, null);
    }

    public boolean isCopiedToMonitoringOfficer() {
        return copiedToMonitoringOfficerOn != null;
    }

    public boolean isAdvisedOn() {
        return advisedOn != null;
    }

    public Refusal copiedToMonitoringOfficer(LocalDate on) {
        return new Refusal(refusedOn, reasons, reasonsRequestedOn, reasonsSentOn, on, monitoringOfficerAdvice,
                advisedOn);
    }

    public Refusal writtenReasons(LocalDate requestedOn, LocalDate sentOn) {
        return new Refusal(refusedOn, reasons, requestedOn, sentOn, copiedToMonitoringOfficerOn,
                monitoringOfficerAdvice, advisedOn);
    }

    public Refusal advised(LocalDate on, String advice) {
        return new Refusal(refusedOn, reasons, reasonsRequestedOn, reasonsSentOn, copiedToMonitoringOfficerOn,
                advice, on);
    }
}
