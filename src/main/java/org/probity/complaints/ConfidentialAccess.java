package org.probity.complaints;

/**
 * Whether the person using Probity may see a complaint's confidential fields (complainant,
 * subject, summary): everyone's in the Monitoring Officer's office, or only those granted to a
 * clerk. The application answers from its users and grants; tests choose a fixed answer.
 */
public interface ConfidentialAccess {

    ConfidentialAccess GRANTED = new ConfidentialAccess() {
        @Override
        public boolean maySeeAll() {
            return true;
        }

        @Override
        public boolean maySee(long complaintId) {
            return true;
        }
    };

    ConfidentialAccess WITHHELD = new ConfidentialAccess() {
        @Override
        public boolean maySeeAll() {
            return false;
        }

        @Override
        public boolean maySee(long complaintId) {
            return false;
        }
    };

    /** Whether every complaint's confidential fields may be seen, as a whole-register export needs. */
    boolean maySeeAll();

    /** Whether this complaint's confidential fields may be seen. */
    boolean maySee(long complaintId);
}
