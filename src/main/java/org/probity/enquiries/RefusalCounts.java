package org.probity.enquiries;

/** The refusals of enquiries received in a period: how many, copied to the Monitoring Officer, and advised on. */
public record RefusalCounts(int refused, int copiedToMonitoringOfficer, int advisedOn) {
}
