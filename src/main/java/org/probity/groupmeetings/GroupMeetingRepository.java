package org.probity.groupmeetings;

import java.util.List;
import java.util.Optional;

/** Where group meetings, their officers, notifications and offers, and the register's targets are kept. */
public interface GroupMeetingRepository {

    /** Stores a new meeting under the next reference of the year it was asked for. */
    GroupMeeting insert(GroupMeeting meeting);

    /** Replaces the meeting and its officers, notifications and offers. */
    void update(GroupMeeting meeting);

    void delete(long id);

    Optional<GroupMeeting> find(long id);

    Optional<GroupMeeting> find(MeetingReference reference);

    List<GroupMeeting> all();

    /** Requests whose meeting falls on or after {@code from} and before {@code before}; a null bound is open. */
    List<GroupMeeting> meetingDates(java.time.LocalDate from, java.time.LocalDate before);

    int count();

    /** Requests not cancelled whose meeting falls from {@code from} to {@code to}, counted by the meeting's year. */
    java.util.Map<Integer, Integer> heldByYear(java.time.LocalDate from, java.time.LocalDate to);

    Optional<GroupMeetingTargets> targets();

    void saveTargets(GroupMeetingTargets targets);
}
