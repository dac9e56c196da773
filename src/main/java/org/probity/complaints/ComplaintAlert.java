package org.probity.complaints;

import java.time.LocalDate;

/** Something about a complaint that needs doing, for the dashboard: what, and when it is due. */
public record ComplaintAlert(Kind kind, Complaint complaint, LocalDate due) {

    public enum Kind {
        ACKNOWLEDGEMENT_DUE("Acknowledgement due"),
        RESPONSE_DUE("Response due"),
        EXTENSION_EXPIRING("Extension about to expire"),
        OVERDUE("Overdue");

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
