package org.probity.enquiries;

/** Where an enquiry stands; worked out from its dates, never set directly. */
public enum EnquiryStatus {
    OPEN("Open"),
    ANSWERED("Answered"),
    REFUSED("Refused"),
    CLOSED("Closed");

    private final String label;

    EnquiryStatus(String label) {
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
