package org.probity.relationships;

/** The situations in which a declared relationship is flagged as a potential conflict. */
public enum ConflictRule {
    /** A member holds a special responsibility in the area of a related senior officer (tiers 1–3). */
    SPECIAL_RESPONSIBILITY_IN_AREA("Special responsibility in a related senior officer's area"),
    /** An officer manages, directly or through others, an officer they are related to. */
    LINE_MANAGES_RELATED_OFFICER("Manages a related officer"),
    /** The related officer is the Head of Paid Service, Monitoring Officer or Chief Finance Officer. */
    RELATED_TO_STATUTORY_OFFICER("Related to a statutory officer");

    private final String label;

    ConflictRule(String label) {
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
