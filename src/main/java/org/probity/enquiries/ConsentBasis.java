package org.probity.enquiries;

/** Why a member may raise a resident's case (004 para 7.2). */
public enum ConsentBasis {
    WARD_MEMBER("The member represents the resident's ward and acts for them"),
    EXPLICIT_CONSENT("The resident's explicit consent was obtained"),
    NOT_NEEDED("Consent is not needed");

    private final String label;

    ConsentBasis(String label) {
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
