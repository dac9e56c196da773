package org.probity.relationships;

/** The kind of relationship declared. */
public enum RelationshipKind {
    FAMILY("Family"),
    PARTNER("Partner or romantic"),
    CLOSE_FRIENDSHIP("Close friendship"),
    BUSINESS("Business"),
    FINANCIAL("Financial"),
    OTHER("Other");

    private final String label;

    RelationshipKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How the related person is described in a sentence: "their declared partner". */
    public String describedAs() {
        return switch (this) {
            case FAMILY -> "their declared family member";
            case PARTNER -> "their declared partner";
            case CLOSE_FRIENDSHIP -> "their declared close friend";
            case BUSINESS -> "their declared business associate";
            case FINANCIAL -> "the person with whom they declared a financial relationship,";
            case OTHER -> "the person with whom they declared a relationship,";
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
