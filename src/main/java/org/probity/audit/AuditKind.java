package org.probity.audit;

/** What happened to a record. */
public enum AuditKind {
    CREATED("Created"),
    CHANGED("Changed"),
    DELETED("Deleted");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
