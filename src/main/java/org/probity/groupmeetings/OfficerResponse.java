package org.probity.groupmeetings;

/** An officer's answer to a request to attend: they may decline and give written advice instead. */
public enum OfficerResponse {
    AWAITING("Not yet answered"),
    WILL_ATTEND("Will attend"),
    DECLINED_WITH_ADVICE("Declined, written advice given instead");

    private final String label;

    OfficerResponse(String label) {
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
