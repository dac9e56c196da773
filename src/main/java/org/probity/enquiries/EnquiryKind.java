package org.probity.enquiries;

/**
 * What a member asked for. Policy and information requests are answered to the authority's
 * information request target; everything else to the members' enquiry target.
 */
public enum EnquiryKind {
    WARD_CASEWORK("Ward casework"),
    INFORMATION_REQUEST("Policy or information request"),
    SERVICE_REQUEST_CHASE("Service request chase"),
    OTHER("Other");

    private final String label;

    EnquiryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean usesInformationRequestTarget() {
        return this == INFORMATION_REQUEST;
    }

    /** Casework about a resident rests on that resident's consent (004 para 7.2). */
    public boolean needsConsentBasis() {
        return this == WARD_CASEWORK;
    }

    @Override
    public String toString() {
        return label;
    }
}
