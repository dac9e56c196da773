package org.probity.groupmeetings;

/** A group's answer to the offer of the same briefing. */
public enum OfferAnswer {
    NO_REPLY("No reply"),
    ACCEPTED("Accepted"),
    DECLINED("Declined");

    private final String label;

    OfferAnswer(String label) {
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
