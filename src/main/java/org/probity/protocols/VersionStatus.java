package org.probity.protocols;

/** Where a version stands: being drafted, in force, or replaced by a later adopted version. */
public enum VersionStatus {
    DRAFT("Draft"),
    ADOPTED("Adopted"),
    SUPERSEDED("Superseded");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
