package org.probity.people;

/** Whether a person in a register is a member (councillor) or an officer (employee). */
public enum PersonType {
    MEMBER("Member"),
    OFFICER("Officer");

    private final String label;

    PersonType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
