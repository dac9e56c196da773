package org.probity.reports;

/** The reports Probity writes. */
public enum ReportKind {
    ANNUAL("Annual report on the operation of the Member/Officer Protocol"),
    REGISTER_EXTRACT("Register extract"),
    PROTOCOL_REVIEW("Protocol review report");

    private final String label;

    ReportKind(String label) {
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
