package org.probity.protocols;

/** What a body on the approval route decided about the draft. */
public enum ApprovalDecision {
    APPROVED("Approved", true),
    APPROVED_SUBJECT_TO_AMENDMENT("Approved subject to amendment", true),
    DEFERRED("Deferred", false),
    REJECTED("Rejected", false),
    NOTED("Noted", false);

    private final String label;
    private final boolean approves;

    ApprovalDecision(String label, boolean approves) {
        this.label = label;
        this.approves = approves;
    }

    public String label() {
        return label;
    }

    public boolean approves() {
        return approves;
    }

    @Override
    public String toString() {
        return label;
    }
}
