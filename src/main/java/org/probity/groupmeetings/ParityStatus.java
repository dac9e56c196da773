package org.probity.groupmeetings;

/** What one group had of one briefing: asked for it, or was offered it afterwards, and what came of it. */
public enum ParityStatus {
    ASKED_AND_GIVEN("Asked for it; given", true),
    ASKED_WRITTEN_ADVICE("Asked for it; written advice instead", false),
    ASKED_AWAITING("Asked for it; officers not yet answered", false),
    OFFER_GIVEN("Offered; accepted and given", true),
    OFFER_ACCEPTED("Offered; accepted, date not yet fixed", false),
    OFFER_DECLINED("Offered; declined", false),
    OFFER_NO_REPLY("Offered; no reply", false),
    NOT_OFFERED("Not offered", false),
    NOTHING_TO_OFFER("No officer attended, so nothing to offer", false);

    private final String label;
    private final boolean given;

    ParityStatus(String label, boolean given) {
        this.label = label;
        this.given = given;
    }

    public String label() {
        return label;
    }

    /** Whether the group had the briefing. */
    public boolean given() {
        return given;
    }

    public boolean offered() {
        return this == OFFER_GIVEN || this == OFFER_ACCEPTED || this == OFFER_DECLINED || this == OFFER_NO_REPLY;
    }

    @Override
    public String toString() {
        return label;
    }
}
