package org.probity.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of the group meetings register in a file, with the other names a spreadsheet kept
 * by hand may give them. Headers are compared ignoring case, spaces and punctuation. Status and
 * open alerts are worked out by Probity, so an export writes them and an import ignores them.
 */
enum GroupMeetingColumn {
    REFERENCE("Reference", false, "ref", "our reference", "grp reference"),
    GROUP("Group", true, "requesting group", "political group", "party group", "group that asked"),
    ASKED_BY("Asked by", true, "requested by", "who asked", "requester", "member"),
    ASKED_AS("Asked as", false, "requester role", "role of requester", "leader or member"),
    ASKED_ON("Asked on", true, "date asked", "requested on", "date requested", "request date"),
    KIND("Kind", true, "meeting kind", "type", "meeting type", "kind of meeting"),
    MEETING_DATE("Meeting date", true, "date of meeting", "briefing date", "date"),
    START_TIME("Start time", false, "time", "starts"),
    PLACE("Place", false, "venue", "location", "where"),
    ONLINE("Online", false, "virtual", "remote"),
    SUBJECT("Subject", true, "topic", "briefing subject", "what about"),
    OFFICERS("Officers", true, "officers asked", "officers and responses", "officer", "officers attending"),
    WRITTEN_ADVICE("Written advice", false, "advice", "written advice instead"),
    NON_MEMBERS("Non-members present", false, "non members present", "others present", "non-members"),
    CROSS_PARTY("Cross-party", false, "cross party"),
    AUTHORISATION_ASKED("Authorisation asked for", false, "authorisation requested", "ce authorisation requested",
            "chief executive authorisation requested"),
    AUTHORISATION_GIVEN("Authorisation given", false, "ce authorisation given", "chief executive authorisation given",
            "authorised on"),
    MO_TOLD("Monitoring Officer told", false, "mo told", "mo notified", "monitoring officer notified",
            "reported to monitoring officer"),
    MO_TOLD_BY("Monitoring Officer told by", false, "mo told by", "mo notified by", "reported by"),
    GROUPS_TOLD("Other groups told", false, "groups told", "groups notified", "other groups notified",
            "notifications"),
    OFFERS("Same briefing offered", false, "parity offers", "briefing offered", "offers"),
    CANCELLED_ON("Cancelled on", false, "cancelled", "date cancelled"),
    NOTES("Notes", false, "note", "comments"),
    STATUS("Status", false),
    OPEN_ALERTS("Open alerts", false, "alerts");

    /** The sheet an export writes and an import looks for first. */
    static final String SHEET = "Group meetings";

    private static final Set<GroupMeetingColumn> WORKED_OUT = Set.of(STATUS, OPEN_ALERTS);

    private final String label;
    private final boolean required;
    private final Set<String> names;

    GroupMeetingColumn(String label, boolean required, String... synonyms) {
        this.label = label;
        this.required = required;
        this.names = Stream.concat(Stream.of(label), Arrays.stream(synonyms)).map(Column::normalise)
                .collect(Collectors.toUnmodifiableSet());
    }

    String label() {
        return label;
    }

    boolean required() {
        return required;
    }

    boolean matches(String header) {
        return names.contains(Column.normalise(header));
    }

    /** Worked out from the record, so never read back. */
    boolean workedOut() {
        return WORKED_OUT.contains(this);
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(GroupMeetingColumn::label).toList();
    }

    /** Which column each of the register's fields is checked in, to name the column in a refusal. */
    static final Map<String, GroupMeetingColumn> FIELDS = Map.ofEntries(
            Map.entry("reference", REFERENCE), Map.entry("group", GROUP), Map.entry("requestedBy", ASKED_BY),
            Map.entry("requesterRole", ASKED_AS), Map.entry("requestedOn", ASKED_ON), Map.entry("kind", KIND),
            Map.entry("meetingDate", MEETING_DATE), Map.entry("startTime", START_TIME), Map.entry("place", PLACE),
            Map.entry("subject", SUBJECT), Map.entry("officers", OFFICERS),
            Map.entry("writtenAdvice", WRITTEN_ADVICE), Map.entry("nonMembersPresent", NON_MEMBERS),
            Map.entry("authorisationRequestedOn", AUTHORISATION_ASKED),
            Map.entry("authorisationGivenOn", AUTHORISATION_GIVEN), Map.entry("moNotifiedOn", MO_TOLD),
            Map.entry("moNotifiedBy", MO_TOLD_BY), Map.entry("notifications", GROUPS_TOLD),
            Map.entry("offers", OFFERS), Map.entry("cancelledOn", CANCELLED_ON), Map.entry("notes", NOTES));
}
