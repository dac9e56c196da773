package org.probity.groupmeetings;

/**
 * What the officer is asked to: a political group's own meeting, a private briefing of one
 * group, or a meeting with elected representatives of another body. A briefing given to one
 * group is offered to the others (004 para 8.5.2), so the first two are briefings for parity;
 * a meeting with another body's representatives that is not cross-party needs the Chief
 * Executive's prior authorisation instead (002 para 9.2).
 */
public enum MeetingKind {
    GROUP_MEETING("Group meeting"),
    PRIVATE_BRIEFING("Private group briefing"),
    OTHER_BODY("Meeting with representatives of another body");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the same briefing must be offered to the other groups. */
    public boolean isBriefing() {
        return this != OTHER_BODY;
    }

    @Override
    public String toString() {
        return label;
    }
}
