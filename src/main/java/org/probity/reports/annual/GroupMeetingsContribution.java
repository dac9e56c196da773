package org.probity.reports.annual;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.probity.calendar.CalendarService;
import org.probity.calendar.WorkingDayCalendar;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.groupmeetings.GroupMeetingTargets;
import org.probity.groupmeetings.MeetingKind;
import org.probity.groupmeetings.ParityMatrix;
import org.probity.people.PeopleService;
import org.probity.people.PoliticalGroup;
import org.probity.reports.AnnualReportContribution;
import org.probity.reports.Disclosure;
import org.probity.reports.ReportYear;

import org.probity.reports.document.Block;

/**
 * Officers at political group meetings in the year: meetings by kind and the trend, whether
 * the Monitoring Officer and the other groups were told within the targets, and parity of
 * briefings between the groups. Officers are not named: the section is about the groups.
 */
public final class GroupMeetingsContribution implements AnnualReportContribution {

    private final GroupMeetingService register;
    private final PeopleService people;
    private final CalendarService calendar;

    public GroupMeetingsContribution(GroupMeetingService register, PeopleService people, CalendarService calendar) {
        this.register = register;
        this.people = people;
        this.calendar = calendar;
    }

    @Override
    public String title() {
        return "Officers at political group meetings";
    }

    @Override
    public Section section(ReportYear year) {
        Disclosure d = year.disclosure();
        List<GroupMeeting> requested = register.meetings(year.from(), year.to().plusDays(1));
        List<GroupMeeting> held = requested.stream().filter(m -> !m.isCancelled()).toList();
        List<GroupMeeting> attended = held.stream().filter(GroupMeeting::hasAttendance).toList();
        List<Block> blocks = new ArrayList<>();
        blocks.add(ReportYear.paragraph("In " + year.year() + ", groups asked for officers at "
                + d.count(held.size()) + " meetings and briefings that went ahead; officers attended "
                + d.count(attended.size()) + " of them"
                + (attended.size() < held.size() ? "; the rest were answered with written advice instead." : ".")));
        Map<MeetingKind, long[]> byKind = new EnumMap<>(MeetingKind.class);
        held.forEach(m -> byKind.computeIfAbsent(m.kind(), k -> new long[2])[0]++);
        attended.forEach(m -> byKind.computeIfAbsent(m.kind(), k -> new long[2])[1]++);
        List<List<String>> kindRows = new ArrayList<>();
        byKind.forEach((kind, n) -> kindRows.add(List.of(kind.label(), d.count(n[0]), d.count(n[1]))));
        blocks.add(new Block.Table("Group meetings by kind, " + year.year(),
                List.of("Kind of meeting", "Requests", "Officers attended"), kindRows, true));
        // The earlier years only counted: a large authority has tens of thousands of requests.
        Map<Integer, Integer> earlier = register.heldByYear(year.trend().get(0), year.year() - 1);
        blocks.add(Charts.countsByYear(year, "Requests for officers at group meetings each year", "Requests",
                y -> y == year.year() ? held.size() : earlier.getOrDefault(y, 0)));

        blocks.add(new Block.Subheading("Deadlines met"));
        GroupMeetingTargets targets = register.targets();
        WorkingDayCalendar days = calendar.calendar();
        List<GroupMeeting> due = attended.stream().filter(m -> !m.meetingDate().isAfter(register.today())).toList();
        List<Long> groupIds = people.groups().stream().map(PoliticalGroup::id).toList();
        long moInTime = 0;
        long groupsInTime = 0;
        long offeredInTime = 0;
        long briefings = 0;
        for (GroupMeeting m : due) {
            if (m.moNotifiedOn() != null && !m.moNotifiedOn().isAfter(
                    days.dueDate(m.meetingDate(), targets.moNotificationDays()))) {
                moInTime++;
            }
            LocalDate groupsBy = days.dueDate(m.moNotifiedOn() != null ? m.moNotifiedOn() : m.meetingDate(),
                    targets.groupNotificationDays());
            if (groupIds.stream().filter(g -> g != m.groupId()).allMatch(g -> m.notification(g)
                    .map(n -> !n.notifiedOn().isAfter(groupsBy)).orElse(false))) {
                groupsInTime++;
            }
            if (m.kind().isBriefing()) {
                briefings++;
                LocalDate offerBy = days.dueDate(m.meetingDate(), targets.parityOfferDays());
                if (groupIds.stream().filter(g -> g != m.groupId()).allMatch(g -> m.offer(g)
                        .map(o -> o.offeredOn() != null && !o.offeredOn().isAfter(offerBy)).orElse(false))) {
                    offeredInTime++;
                }
            }
        }
        blocks.add(ReportYear.paragraph("Of the " + d.count(due.size()) + " meetings officers attended, the "
                + "Monitoring Officer was told of " + d.share(moInTime, due.size()) + " within "
                + targets.moNotificationDays() + " working days, and every other group was told of "
                + d.share(groupsInTime, due.size()) + " within " + targets.groupNotificationDays()
                + " working days. The same briefing was offered to every other group within "
                + targets.parityOfferDays() + " working days for " + d.share(offeredInTime, briefings)
                + " briefings."));

        blocks.add(new Block.Subheading("Parity of briefings between the groups"));
        List<List<String>> rows = new ArrayList<>();
        for (ParityMatrix.GroupTotals t : register.parityTotals(requested)) {
            rows.add(List.of(t.name(), d.count(t.asked()), d.count(t.given()), d.count(t.offered()),
                    d.count(t.accepted()), d.count(t.declined()), d.count(t.noReply()), d.count(t.notOffered())));
        }
        blocks.add(ReportYear.paragraph("The protocol requires a briefing given to one group to be offered to the "
                + "others. The table shows, for each group, the briefings it asked for and was given, and the "
                + "briefings given to other groups that it was offered, accepted, declined, did not answer or was "
                + "not offered."));
        blocks.add(new Block.Table("Parity of briefings, " + year.year(), List.of("Group", "Asked for", "Given",
                "Offered", "Accepted", "Declined", "No reply", "Not offered"), rows, true));
        return Section.of(blocks);
    }
}
