package org.probity.relationships;

/** How the relationship was declared. */
public enum NotificationMethod {
    IN_WRITING("In writing"),
    EMAIL("E-mail"),
    MEETING("At a meeting");

    private final String label;

    NotificationMethod(String label) {
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
