package org.probity.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of the register of declared relationships as Probity writes and reads them, with
 * the other names a spreadsheet kept by hand tends to give them. Headers are compared as for
 * people: ignoring case, spaces and punctuation.
 */
public enum DeclarationColumn {
    REFERENCE("Reference", false, "ref", "reference number", "declaration reference"),
    FIRST_TYPE("First person type", false, "first party type", "person 1 type", "first type"),
    FIRST_NAME("First person", true, "first party", "person 1", "party a"),
    FIRST_POST("First person post", false, "first party post", "person 1 post", "first post"),
    FIRST_STAFF_NUMBER("First person staff number", false, "first party staff number", "person 1 staff number",
            "first staff number"),
    SECOND_TYPE("Second person type", false, "second party type", "person 2 type", "second type"),
    SECOND_NAME("Second person", true, "second party", "person 2", "party b"),
    SECOND_POST("Second person post", false, "second party post", "person 2 post", "second post"),
    SECOND_STAFF_NUMBER("Second person staff number", false, "second party staff number", "person 2 staff number",
            "second staff number"),
    KIND("Kind", true, "kind of relationship", "relationship", "relationship kind", "type of relationship",
            "relationship type"),
    KIND_OTHER("Kind (other)", false, "other kind", "kind other", "other relationship"),
    SINCE("Since", false, "relationship since", "start of relationship", "since date"),
    DECLARED_BY("Declared by", false, "notified by", "declarant"),
    DECLARED_BY_STAFF_NUMBER("Declared by staff number", false, "declarant staff number"),
    DECLARED_ON("Declared on", true, "date declared", "declaration date", "notified on", "date notified"),
    HOW("How", true, "how declared", "method", "how notified", "notified how"),
    DECLARED_TO("Declared to", true, "to whom", "notified to", "declared to whom"),
    DESCRIPTION("Description", false, "details", "description (confidential)", "confidential description"),
    STATUS("Status", false, "state"),
    DECISION("Decision", false, "mo decision", "monitoring officer decision", "decision made"),
    DECISION_OTHER("Decision (other)", false, "other decision", "decision other"),
    REASONS("Reasons", false, "reasons for decision", "decision reasons", "reason"),
    DECIDED_ON("Decided on", false, "decision date", "date of decision", "date decided"),
    DECIDED_BY("Decided by", false, "decision by"),
    REVIEW_DATE("Review date", false, "review", "review on", "next review"),
    ENDED_ON("Ended on", false, "end date", "ended", "date ended", "withdrawn on", "ended or withdrawn on"),
    ENDED_NOTE("Note on ending", false, "note", "ending note", "end note"),
    ACTIONS("Actions", false, "action", "actions agreed"),
    LAST_RECONFIRMED("Last re-confirmed", false, "last reconfirmed", "last confirmed", "reconfirmed on",
            "re-confirmed on"),
    RECONFIRMATIONS("Re-confirmations", false, "reconfirmations", "re-confirmed", "reconfirmed"),
    OPEN_FLAGS("Open conflict flags", false, "open flags", "flags", "conflict flags");

    private final String label;
    private final boolean required;
    private final Set<String> names;

    DeclarationColumn(String label, boolean required, String... synonyms) {
        this.label = label;
        this.required = required;
        this.names = Stream.concat(Stream.of(label), Arrays.stream(synonyms)).map(Column::normalise)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The header an export writes. */
    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    public boolean matches(String header) {
        return names.contains(Column.normalise(header));
    }

    /** The columns an export writes, in order; the description only when asked for. */
    public static List<DeclarationColumn> exported(boolean includeConfidential) {
        return Arrays.stream(values()).filter(c -> includeConfidential || c != DESCRIPTION).toList();
    }
}
