package org.probity.groupmeetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups against the briefings held in a period: for each group and briefing, whether the group
 * asked for it or was offered it and what it had; with totals per group and per officer, so the
 * Monitoring Officer can show the committee that every group was treated alike. Briefings
 * cancelled before they were held are left out; meetings with other bodies are not briefings.
 */
public record ParityMatrix(LocalDate from, LocalDate to, List<Group> groups, List<Briefing> briefings,
                           List<Cell> cells, List<GroupTotals> groupTotals, List<OfficerTotals> officerTotals) {

    public ParityMatrix {
        groups = List.copyOf(groups);
        briefings = List.copyOf(briefings);
        cells = List.copyOf(cells);
        groupTotals = List.copyOf(groupTotals);
        officerTotals = List.copyOf(officerTotals);
    }

    public Optional<Cell> cell(long groupId, long meetingId) {
        return cells.stream().filter(c -> c.groupId() == groupId && c.meetingId() == meetingId).findFirst();
    }

    public Optional<GroupTotals> totalsForGroup(long groupId) {
        return groupTotals.stream().filter(t -> t.groupId() == groupId).findFirst();
    }

    public Optional<OfficerTotals> totalsForOfficer(long officerId) {
        return officerTotals.stream().filter(t -> t.officerId() == officerId).findFirst();
    }

    /** A row: one of the council's political groups. */
    public record Group(long groupId, String name, String shortName) {
    }

    /** A column: one briefing or group meeting an officer was asked to, and the group that asked. */
    public record Briefing(long meetingId, MeetingReference reference, LocalDate date, MeetingKind kind,
                           String subject, long groupId, String groupName, List<String> officers) {

        public Briefing {
            officers = List.copyOf(officers);
        }
    }

    /** What one group had of one briefing; {@code date} is when it was offered, or when the group had it. */
    public record Cell(long groupId, long meetingId, ParityStatus status, LocalDate date) {
    }

    /** One group's totals over the period. */
    public record GroupTotals(long groupId, String name, int asked, int given, int offered, int accepted,
                              int declined, int noReply, int notOffered) {
    }

    /**
     * One officer's attendances over the period, in all and per group that asked, and the
     * requests they declined with written advice.
     */
    public record OfficerTotals(long officerId, String name, int attended, int declinedWithAdvice,
                                Map<Long, Integer> attendedByGroup) {

        public OfficerTotals {
            attendedByGroup = Map.copyOf(attendedByGroup);
        }

        public int attendedFor(long groupId) {
            return attendedByGroup.getOrDefault(groupId, 0);
        }
    }
}
