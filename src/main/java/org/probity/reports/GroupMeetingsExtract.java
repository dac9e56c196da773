package org.probity.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.probity.common.UkDates;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.people.PersonRef;
import org.probity.reports.document.Block;

/** The register of officers at political group meetings, by meeting date. */
public final class GroupMeetingsExtract implements RegisterExtractSource {

    private final GroupMeetingService register;

    public GroupMeetingsExtract(GroupMeetingService register) {
        this.register = register;
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
    public Block.Table table(LocalDate from, LocalDate to, Disclosure d) {
        List<String> header = new ArrayList<>(List.of("Reference", "Meeting", "Group", "Kind", "Officers attending",
                "Status"));
        if (d.namesPeople()) {
            header.add(4, "Subject");
        }
        LocalDate today = register.today();
        List<List<String>> rows = new ArrayList<>();
        for (GroupMeeting m : register.meetings()) {
            if (!Dates.within(m.meetingDate(), from, to)) {
                continue;
            }
            String officers = d.namesPeople()
                    ? String.join(", ", m.attendingOfficers().stream()
                            .map(o -> d.name(PersonRef.officer(o.officerId()))).toList())
                    : d.count(m.attendingOfficers().size());
            List<String> row = new ArrayList<>(List.of(m.reference().toString(), UkDates.display(m.meetingDate()),
                    register.groupName(m.groupId()), m.kind().label(), officers,
                    register.status(m, today).label()));
            if (d.namesPeople()) {
                row.add(4, m.subject() == null ? "" : m.subject());
            }
            rows.add(row);
        }
        return new Block.Table(title(), header, rows, true);
    }
}
