package org.probity.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of the complaints register as a spreadsheet, in the order an export writes them.
 * Confidential columns (the complainant, the subject and the summary) are written only when
 * asked for. Columns Probity works out for itself (the rule behind the route, the stage reached
 * and its due date, the status) are written for the reader and passed over by an import.
 */
public enum ComplaintColumn implements RegisterColumn {
    REFERENCE("Reference", false, false, false, "ref", "complaint reference", "case reference"),
    RECEIVED("Received on", true, false, false, "received", "date received"),
    RECEIVED_HOW("Received by", false, false, false, "how received", "channel", "method"),
    DIRECTION("Direction", true, false, false, "who complained about whom"),
    COMPLAINANT("Complainant", true, false, true, "complainant name", "from"),
    COMPLAINANT_STAFF_NUMBER("Complainant staff number", false, false, true, "complainant staff no"),
    SUBJECT("Complained about", true, false, true, "subject", "complaint about", "about"),
    SUBJECT_STAFF_NUMBER("Complained about staff number", false, false, true, "subject staff number"),
    CATEGORY("Category", true, false, false, "type", "complaint category"),
    PARAGRAPHS("Protocol paragraphs", false, false, false, "paragraphs", "protocol paragraph"),
    SUMMARY("Summary", false, false, true, "details", "description"),
    ALLEGES_BREACH("Alleges a breach of the Members' Code", false, false, false, "code breach",
            "alleges code breach", "members code breach"),
    ROUTE("Route", false, false, false, "complaint route"),
    ROUTE_REASON("Reason for the route", false, false, false, "route reason"),
    RULE("Rule", false, true, false),
    STAGE("Stage", false, true, false, "current stage"),
    NEXT_DUE("Next due", false, true, false),
    INDEPENDENT_PERSON("Independent Person consulted", false, true, false),
    OUTCOME("Outcome", false, false, false, "result", "decision"),
    DECIDED("Decided on", false, false, false, "date decided", "outcome date"),
    SANCTIONS("Sanctions or actions", false, false, false, "sanctions", "actions"),
    LEARNING("Learning points", false, false, false, "learning", "lessons learnt"),
    NOTICE_PUBLISHED("Decision notice published on", false, false, false, "decision notice published",
            "notice published on"),
    REVIEW_REQUESTED("Review requested on", false, false, false, "review requested"),
    REVIEW_RESULT("Result of the review", false, false, false, "review result"),
    STATUS("Status", false, true, false);

    private final String label;
    private final boolean required;
    private final boolean derived;
    private final boolean confidential;
    private final Set<String> names;

    ComplaintColumn(String label, boolean required, boolean derived, boolean confidential, String... synonyms) {
        this.label = label;
        this.required = required;
        this.derived = derived;
        this.confidential = confidential;
        this.names = Stream.concat(Stream.of(label), Arrays.stream(synonyms)).map(Column::normalise)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The header an export writes. */
    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean required() {
        return required;
    }

    /** Worked out by Probity: written by an export, passed over by an import. */
    @Override
    public boolean derived() {
        return derived;
    }

    /** Written only when the export is asked to include confidential fields. */
    public boolean confidential() {
        return confidential;
    }

    @Override
    public boolean matches(String header) {
        return names.contains(Column.normalise(header));
    }

    /** The columns an export writes, with or without the confidential ones. */
    public static List<ComplaintColumn> written(boolean includeConfidential) {
        return Arrays.stream(values()).filter(c -> includeConfidential || !c.confidential).toList();
    }
}
