package org.probity.enquiries;

import java.time.LocalDate;

/** Something about an enquiry that needs doing, for the dashboard: what, and from when it is due. */
public record EnquiryAlert(Kind kind, Enquiry enquiry, LocalDate due) {

    public enum Kind {
        DUE_WITHOUT_HOLDING_REPLY("Due within 1 working day and no holding reply sent"),
        OVERDUE("Overdue"),
        REFUSAL_NOT_COPIED("Refused and not yet copied to the Monitoring Officer"),
        REFUSAL_AWAITING_ADVICE("Refusal awaiting the Monitoring Officer's advice");

        private final String label;

        Kind(String label) {
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
}
