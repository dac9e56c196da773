package org.probity.groupmeetings;

/** Who in the group asked for the officer: its leader or another of its members. */
public enum RequesterRole {
    GROUP_LEADER("Group leader"),
    GROUP_MEMBER("Group member");

    private final String label;

    RequesterRole(String label) {
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
