package org.probity.enquiries;

/** How an enquiry reached the authority. */
public enum EnquiryChannel {
    EMAIL("Email"),
    LETTER("Letter"),
    TELEPHONE("Telephone"),
    IN_PERSON("In person"),
    ONLINE_FORM("Online form");

    private final String label;

    EnquiryChannel(String label) {
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
