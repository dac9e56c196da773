package org.probity.protocols;

/** Why a review of a protocol was opened. */
public enum ReviewReason {
    PERIODIC("Periodic review"),
    COMMITTEE_REQUEST("Committee request"),
    AFTER_INCIDENT("After an incident"),
    LEGAL_CHANGE("Change in the law");

    private final String label;

    ReviewReason(String label) {
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
