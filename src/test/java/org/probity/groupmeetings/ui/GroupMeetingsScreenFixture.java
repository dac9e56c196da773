package org.probity.groupmeetings.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayRegion;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.groupmeetings.MeetingKind;
import org.probity.groupmeetings.OfficerAttendance;
import org.probity.groupmeetings.RequesterRole;
import org.probity.people.AuthorityProfile;
import org.probity.people.GroupMembership;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PoliticalGroup;
import org.probity.people.StatutoryRole;
import org.probity.storage.TestDatabases;

/**
 * A council in England with three groups, each with a leader who has an e-mail address, and
 * three officers; today is Monday 23 November 2026.
 */
final class GroupMeetingsScreenFixture implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    final AppContext app;
    final PeopleService people;
    final GroupMeetingService register;
    final PoliticalGroup labour;
    final PoliticalGroup conservative;
    final PoliticalGroup green;
    final Officer patel;
    final Officer wong;
    final Officer okafor;

    GroupMeetingsScreenFixture() {
        app = new AppContext(TestDatabases.h2(), Optional.empty(),
                Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
                        ZoneId.of("Europe/London")), "tester");
        people = app.people();
        register = app.groupMeetings();
        people.saveProfile(AuthorityProfile.withDefaults("Riverside Borough Council",
                BankHolidayRegion.ENGLAND_AND_WALES));
        labour = people.saveGroup(new PoliticalGroup(null, "Labour Group", "Lab", null, null));
        conservative = people.saveGroup(new PoliticalGroup(null, "Conservative Group", "Con", null, null));
        green = people.saveGroup(new PoliticalGroup(null, "Green Group", "Grn", null, null));
        leader(labour, "Jane", "Smith");
        leader(conservative, "Tom", "Brown");
        leader(green, "Ana", "Nunez");
        patel = officer("E3", "Sam", "Patel", "Head of Housing", null);
        wong = officer("E4", "Lee", "Wong", "Housing Officer", null);
        okafor = officer("E1", "Ruth", "Okafor", "Director of Law", StatutoryRole.MONITORING_OFFICER);
    }

    private void leader(PoliticalGroup group, String forenames, String surname) {
        Member m = people.saveMember(new Member(null, "Cllr", forenames, surname, MemberKind.ELECTED, null, null,
                forenames.toLowerCase() + "@riverside.example",
                List.of(new GroupMembership(group.id(), LocalDate.of(2022, 5, 5), null)), List.of(), List.of()));
        people.saveGroup(new PoliticalGroup(group.id(), group.name(), group.shortName(), null, m.id()));
    }

    private Officer officer(String staff, String forenames, String surname, String post, StatutoryRole role) {
        return people.saveOfficer(new Officer(null, staff, forenames, surname, post, null, null, 3, null, false,
                role, LocalDate.of(2015, 4, 1), null, null));
    }

    PoliticalGroup group(long id) {
        return people.groups().stream().filter(g -> g.id() == id).findFirst().orElseThrow();
    }

    /** A request from the group's leader, asked a week before the meeting. */
    GroupMeeting save(PoliticalGroup group, MeetingKind kind, LocalDate date, String subject,
                      OfficerAttendance... officers) {
        return register.save(GroupMeeting.requested(group.id(), group(group.id()).leaderMemberId(),
                RequesterRole.GROUP_LEADER, date.minusDays(7), kind, date, LocalTime.of(18, 0), "Committee Room 2",
                false, subject, List.of(officers)));
    }

    @Override
    public void close() {
        app.close();
    }
}
