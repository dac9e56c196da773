package org.probity.protocols;

/** A review is in progress until its draft is adopted or it is closed without one. */
public enum ReviewStatus {
    IN_PROGRESS("In progress"),
    ADOPTED("Adopted"),
    CLOSED("Closed without a new version");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
