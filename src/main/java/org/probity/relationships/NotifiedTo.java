package org.probity.relationships;

/** To whom the relationship was declared. */
public enum NotifiedTo {
    MONITORING_OFFICER("Monitoring Officer"),
    MANAGER("Line manager"),
    DIRECTOR("Director"),
    CHIEF_EXECUTIVE("Chief Executive");

    private final String label;

    NotifiedTo(String label) {
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
