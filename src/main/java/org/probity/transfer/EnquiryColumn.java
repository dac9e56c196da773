package org.probity.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of the enquiries register as a spreadsheet, in the order an export writes them,
 * with the other names case-management spreadsheets give them. Columns Probity works out for
 * itself (the Director, the due date, the status) are written for the reader and ignored when
 * a file is imported, since the import works them out again.
 */
public enum EnquiryColumn implements RegisterColumn {
    REFERENCE("Reference", false, false, "ref", "enquiry reference", "enquiry ref", "case reference"),
    MEMBER("Member", true, false, "councillor", "member name", "councillor name", "from"),
    RECEIVED("Received on", true, false, "received", "date received", "received date"),
    CHANNEL("Received by", false, false, "channel", "how received", "method"),
    SUBJECT("Subject", true, false, "title", "summary"),
    DETAILS("Details", false, false, "description", "enquiry details"),
    KIND("Kind", true, false, "enquiry kind", "type", "enquiry type", "category"),
    WARD("Ward", false, false, "resident's ward", "electoral ward"),
    SERVICE_AREA("Service area", false, false, "service"),
    OFFICER("Officer", false, false, "assigned officer", "assigned to", "officer name"),
    OFFICER_STAFF_NUMBER("Officer staff number", false, false, "officer staff no", "officer employee number"),
    OFFICER_POST("Officer post", false, false, "officer job title"),
    DIRECTOR("Director", false, true),
    CONSENT_BASIS("Consent basis", false, false, "consent"),
    TARGET_DAYS("Target (working days)", false, false, "target", "target days", "target working days"),
    TARGET_REASON("Reason for the target", false, false, "target reason", "override reason",
            "reason for target"),
    DUE("Due", false, true, "due date", "target date"),
    ACKNOWLEDGED("Acknowledged on", false, false, "acknowledged", "acknowledgement sent"),
    HOLDING_REPLY_SENT("Holding reply sent on", false, false, "holding reply", "holding reply sent"),
    HOLDING_REPLY_EXPECTED("Answer expected on", false, false, "new expected date", "holding reply expected",
            "expected on"),
    ESCALATIONS("Escalations", false, false, "escalated", "escalation"),
    ANSWERED("Answered on", false, false, "answered", "date answered", "replied on"),
    REFUSED("Refused on", false, false, "refused", "date refused"),
    REFUSAL_REASONS("Reasons for refusal", false, false, "refusal reasons", "reasons"),
    REASONS_REQUESTED("Written reasons requested on", false, false, "written reasons requested"),
    REASONS_SENT("Written reasons sent on", false, false, "written reasons sent"),
    COPIED_TO_MO("Copied to the Monitoring Officer on", false, false, "copied to MO", "copied to MO on",
            "MO copy", "copied to Monitoring Officer"),
    MO_ADVICE("Monitoring Officer's advice", false, false, "MO advice", "Monitoring Officer advice"),
    MO_ADVISED("Advised on", false, false, "MO advised on", "MO advice given on"),
    CLOSED("Closed on", false, false, "closed", "date closed"),
    STATUS("Status", false, true);

    private final String label;
    private final boolean required;
    private final boolean derived;
    private final Set<String> names;

    EnquiryColumn(String label, boolean required, boolean derived, String... synonyms) {
        this.label = label;
        this.required = required;
        this.derived = derived;
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

    @Override
    public boolean matches(String header) {
        return names.contains(Column.normalise(header));
    }

    public static List<String> headers() {
        return Arrays.stream(values()).map(EnquiryColumn::label).toList();
    }
}
