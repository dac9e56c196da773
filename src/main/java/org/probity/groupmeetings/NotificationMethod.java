package org.probity.groupmeetings;

/** How the Monitoring Officer told another group. */
public enum NotificationMethod {
    EMAIL("E-mail"),
    LETTER("Letter"),
    IN_PERSON("In person");

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
