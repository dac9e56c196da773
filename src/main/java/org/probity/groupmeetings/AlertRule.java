package org.probity.groupmeetings;

/**
 * The controls the register watches. The first three fall due a number of working days after
 * the meeting; the last two a number of working days before it, and are shown until the
 * meeting is held (afterwards the record itself carries the warning).
 */
public enum AlertRule {
    MONITORING_OFFICER_NOT_TOLD("Attendance not yet reported to the Monitoring Officer"),
    OTHER_GROUPS_NOT_TOLD("Other groups not yet told"),
    SAME_BRIEFING_NOT_OFFERED("Same briefing not yet offered to the other groups"),
    OFFICER_ALONE("Officer would attend alone"),
    AUTHORISATION_MISSING("Chief Executive's authorisation not recorded");

    private final String label;

    AlertRule(String label) {
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
