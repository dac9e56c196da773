package org.probity.groupmeetings;

/** Where a request stands on a given day, worked out from its answers and controls rather than stored. */
public enum MeetingStatus {
    AWAITING_OFFICERS("Awaiting the officers' answer"),
    WRITTEN_ADVICE("Written advice given instead"),
    ARRANGED("Arranged"),
    CONTROLS_OUTSTANDING("Held; notices or offers outstanding"),
    COMPLETE("Held; every group told"),
    CANCELLED("Cancelled");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
