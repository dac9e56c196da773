package org.probity.relationships;

/** What the Monitoring Officer decided to do about a declared relationship. */
public enum DecisionKind {
    NO_ACTION("No action needed"),
    NOTE_ON_FILE("Note on file"),
    CHANGE_LINE_MANAGEMENT("Change of line management"),
    MEMBER_STEPS_BACK("Member steps back from a special responsibility"),
    OFFICER_EXCLUDED("Officer excluded from certain decisions"),
    OTHER("Other");

    private final String label;

    DecisionKind(String label) {
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
