package org.probity.publication;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.reports.Disclosure;

/**
 * The register of officers at political group meetings, by meeting date. The groups are public;
 * the members who asked, the officers who went and what was discussed are not.
 */
final class PublishedGroupMeetings implements PublishedRegister {

    private final GroupMeetingService register;
    private final ColumnSet<Row> columns;

    /** A meeting with what its names are looked up by, read once per extract. */
    private record Row(GroupMeeting meeting, LocalDate today, LongFunction<String> officerNames) {
    }

    PublishedGroupMeetings(GroupMeetingService register) {
        this.register = register;
        this.columns = new ColumnSet<Row>()
                .open("Reference", (r, d) -> r.meeting().reference().toString())
                .open("Meeting date", (r, d) -> r.meeting().meetingDate())
                .open("Group", (r, d) -> register.groupName(r.meeting().groupId()))
                .open("Kind of meeting", (r, d) -> r.meeting().kind().label())
                .open("Officers attended", (r, d) -> r.meeting().hasAttendance() ? "Yes" : "No")
                .open("Status", (r, d) -> register.status(r.meeting(), r.today()).label())
                .personal("Requested by", "names a member",
                        (r, d) -> register.memberName(r.meeting().requestedByMemberId()))
                .personal("Officers (names)", "names officers", (r, d) -> String.join(", ", r.meeting()
                        .attendingOfficers().stream().map(o -> r.officerNames().apply(o.officerId())).toList()))
                .personal("Subject", "free text about the meeting", (r, d) -> ColumnSet.text(r.meeting().subject()))
                .personal("Notes", "free text about the meeting", (r, d) -> ColumnSet.text(r.meeting().notes()));
    }

    @Override
    public String kind() {
        return "group-meetings";
    }

    @Override
    public String title() {
        return "Register of officers at political group meetings";
    }

    @Override
    public String entries() {
        return "meetings";
    }

    @Override
    public String datedBy() {
        return "held";
    }

    @Override
    public List<PublishedColumn> columns() {
        return columns.columns();
    }

    @Override
    public String countBy() {
        return "Group";
    }

    @Override
    public List<List<Object>> rows(LocalDate from, LocalDate to, List<String> headings, Disclosure disclosure) {
        LocalDate today = register.today();
        List<GroupMeeting> held = register.meetings(from, to.plusDays(1)).stream()
                .filter(m -> Period.contains(from, to, m.meetingDate()))
                .sorted(Comparator.comparing(GroupMeeting::meetingDate)).toList();
        LongFunction<String> officerNames = headings.contains("Officers (names)") ? register.officerNames(held)
                : id -> "";
        return columns.rows(held.stream().map(m -> new Row(m, today, officerNames)).toList(), headings, disclosure);
    }
}
