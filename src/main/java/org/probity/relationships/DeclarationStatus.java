package org.probity.relationships;

/** Where a declaration stands. Ended and withdrawn declarations are no longer active. */
public enum DeclarationStatus {
    AWAITING_DECISION("Awaiting decision"),
    DECIDED("Decided"),
    UNDER_REVIEW("Under review"),
    ENDED("Ended"),
    WITHDRAWN("Withdrawn");

    private final String label;

    DeclarationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return this != ENDED && this != WITHDRAWN;
    }

    @Override
    public String toString() {
        return label;
    }
}
