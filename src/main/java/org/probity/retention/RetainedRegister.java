package org.probity.retention;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A register whose records are kept for a period after a trigger date, with the period and action
 * Probity proposes until the Monitoring Officer sets the authority's own. A record whose trigger
 * has not happened (a complaint not yet decided, a relationship not ended, an enquiry still open)
 * is never due.
 */
public enum RetainedRegister {
    COMPLAINTS("Complaints", "Complaint", "CMP", "closed (final decision)", 6, DisposalAction.ANONYMISE,
            "Local Government Association and Records Management Society retention guidelines for local"
                    + " authorities: conduct complaint files are kept for six years after the final decision,"
                    + " the limitation period of the Limitation Act 1980. Anonymised so that the yearly"
                    + " complaint figures still add up."),
    DECLARATIONS("Declared relationships", "Declaration", "REL", "relationship ended", 6, DisposalAction.DELETE,
            "Records Management Society retention guidelines for local authorities: registers of interests"
                    + " are kept for six years after the interest ends (the Limitation Act 1980 six-year"
                    + " period)."),
    ENQUIRIES("Members' enquiries", "Enquiry", "ENQ", "closed (answered or refused)", 2, DisposalAction.DELETE,
            "Records Management Society retention guidelines for local authorities: routine correspondence"
                    + " with members is kept for a short period after it is closed; two years covers a"
                    + " complaint about the handling and the next annual report."),
    GROUP_MEETINGS("Group meetings", "Group meeting", "GRP", "meeting date", 6, DisposalAction.ANONYMISE,
            "Local Government Association and Records Management Society retention guidelines for local"
                    + " authorities: six years after the meeting (the Limitation Act 1980 six-year period)."
                    + " Anonymised so that the parity figures between groups still add up.");

    private final String label;
    private final String recordType;
    private final String prefix;
    private final String trigger;
    private final int defaultYears;
    private final DisposalAction defaultAction;
    private final String defaultNote;

    RetainedRegister(String label, String recordType, String prefix, String trigger, int defaultYears,
                     DisposalAction defaultAction, String defaultNote) {
        this.label = label;
        this.recordType = recordType;
        this.prefix = prefix;
        this.trigger = trigger;
        this.defaultYears = defaultYears;
        this.defaultAction = defaultAction;
        this.defaultNote = defaultNote;
    }

    public String label() {
        return label;
    }

    /** The record type its entries carry in the audit trail and on their attachments. */
    public String recordType() {
        return recordType;
    }

    /** What the retention period is counted from. */
    public String trigger() {
        return trigger;
    }

    public RetentionRule defaultRule() {
        return new RetentionRule(this, defaultYears, 0, defaultAction, defaultNote);
    }

    /** The register a reference such as {@code CMP-2026-0001} belongs to. */
    public static Optional<RetainedRegister> ofReference(String reference) {
        String r = reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> r.startsWith(g.prefix + "-")).findFirst();
    }

    public static Optional<RetainedRegister> parse(String code) {
        return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
