package org.probity.publication;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.GroupMeetingService;

/**
 * The register of officers at political group meetings, by meeting date. The groups are public;
 * the members who asked, the officers who went and what was discussed are not.
 */
final class PublishedGroupMeetings extends PublishedRegister<PublishedGroupMeetings.Row> {

    private static final String OFFICERS = "Officers (names)";

    private final GroupMeetingService register;

    /** A meeting with what its status and officers' names are worked out from, read once per extract. */
    record Row(GroupMeeting meeting, LocalDate today, LongFunction<String> officerNames) {
    }

    PublishedGroupMeetings(GroupMeetingService register) {
        super("group-meetings", "Register of officers at political group meetings", "meetings", "held", "Group");
        this.register = register;
        open("Reference", (r, d) -> r.meeting().reference().toString());
        open("Meeting date", (r, d) -> r.meeting().meetingDate());
        open("Group", (r, d) -> register.groupName(r.meeting().groupId()));
        open("Kind of meeting", (r, d) -> r.meeting().kind().label());
        open("Officers attended", (r, d) -> r.meeting().hasAttendance() ? "Yes" : "No");
        open("Status", (r, d) -> register.status(r.meeting(), r.today()).label());
        personal("Requested by", "names a member", (r, d) -> register.memberName(r.meeting().requestedByMemberId()));
        personal(OFFICERS, "names officers", (r, d) -> String.join(", ", r.meeting().attendingOfficers().stream()
                .map(o -> r.officerNames().apply(o.officerId())).toList()));
        personal("Subject", "free text about the meeting", (r, d) -> text(r.meeting().subject()));
        personal("Notes", "free text about the meeting", (r, d) -> text(r.meeting().notes()));
    }

    @Override
    protected List<Row> records(LocalDate from, LocalDate to, List<String> headings) {
        LocalDate today = register.today();
        List<GroupMeeting> held = register.meetings(from, to.plusDays(1)).stream()
                .filter(m -> Period.contains(from, to, m.meetingDate()))
                .sorted(Comparator.comparing(GroupMeeting::meetingDate)).toList();
        LongFunction<String> officerNames = headings.contains(OFFICERS) ? register.officerNames(held) : id -> "";
        return held.stream().map(m -> new Row(m, today, officerNames)).toList();
    }
}
