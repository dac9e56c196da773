package org.probity.protocols;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.groupmeetings.ParityMatrix;

/** Officers at political group meetings in the period: notifications to the Monitoring Officer and parity. */
public final class GroupMeetingEvidence implements ReviewEvidenceSource {

    private final GroupMeetingService meetings;

    public GroupMeetingEvidence(GroupMeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public Evidence evidence(LocalDate from, LocalDate to) {
        List<GroupMeeting> inPeriod = meetings.meetings().stream()
                .filter(m -> m.meetingDate() != null && !m.meetingDate().isBefore(from)
                        && !m.meetingDate().isAfter(to) && m.cancelledOn() == null)
                .toList();
        long notTold = inPeriod.stream().filter(m -> m.moNotifiedOn() == null).count();
        ParityMatrix parity = meetings.parity(from, to);
        int asked = 0;
        int offered = 0;
        for (ParityMatrix.Group g : parity.groups()) {
            ParityMatrix.GroupTotals t = parity.totalsForGroup(g.groupId()).orElse(null);
            if (t != null) {
                asked += t.asked();
                offered += t.offered();
            }
        }
        List<Evidence.Line> lines = new ArrayList<>();
        lines.add(new Evidence.Line("Meetings and briefings officers attended",
                String.valueOf(inPeriod.size()), List.of("group meeting"), false));
        lines.add(new Evidence.Line("Not told to the Monitoring Officer", String.valueOf(notTold),
                List.of("group meeting"), notTold > 0));
        lines.add(new Evidence.Line("Briefings asked for / offered to others",
                asked + " / " + offered, List.of("briefing"), offered < asked));
        return new Evidence("Group meetings", lines);
    }
}
