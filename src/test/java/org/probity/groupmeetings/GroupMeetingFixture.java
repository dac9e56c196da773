package org.probity.groupmeetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayRegion;
import org.probity.people.AuthorityProfile;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PoliticalGroup;
import org.probity.people.StatutoryRole;
import org.probity.storage.TestDatabases;

/**
 * A council in England with four groups (the Independent Group has no leader) and three
 * officers, one of them the Monitoring Officer; today is fixed by the clock given.
 */
final class GroupMeetingFixture implements AutoCloseable {

    final AppContext app;
    final PeopleService people;
    final GroupMeetingService register;
    final Member labourLeader;
    final Member conservativeLeader;
    final Member greenLeader;
    final Member labourMember;
    final PoliticalGroup labour;
    final PoliticalGroup conservative;
    final PoliticalGroup green;
    final PoliticalGroup independent;
    final Officer headOfHousing;
    final Officer housingOfficer;
    final Officer monitoringOfficer;

    GroupMeetingFixture(TestDatabases.Kind kind, LocalDate today) {
        app = new AppContext(kind.open(), Optional.empty(),
                Clock.fixed(today.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
                        ZoneId.of("Europe/London")), "mo");
        people = app.people();
        register = app.groupMeetings();
        people.saveProfile(AuthorityProfile.withDefaults("Riverside Borough Council",
                BankHolidayRegion.ENGLAND_AND_WALES));
        labourLeader = member("Jane", "Smith", "jane.smith@riverside.example");
        conservativeLeader = member("Tom", "Brown", "tom.brown@riverside.example");
        greenLeader = member("Ana", "Núñez", "ana.nunez@riverside.example");
        labourMember = member("Raj", "Mistry", null);
        labour = people.saveGroup(new PoliticalGroup(null, "Labour Group", "Lab", null, labourLeader.id()));
        conservative = people.saveGroup(new PoliticalGroup(null, "Conservative Group", "Con", null,
                conservativeLeader.id()));
        green = people.saveGroup(new PoliticalGroup(null, "Green Group", "Grn", null, greenLeader.id()));
        independent = people.saveGroup(new PoliticalGroup(null, "Independent Group", "Ind", null, null));
        headOfHousing = officer("E3", "Sam", "Patel", "Head of Housing", null);
        housingOfficer = officer("E4", "Lee", "Wong", "Housing Officer", null);
        monitoringOfficer = officer("E1", "Ruth", "Okafor", "Director of Law", StatutoryRole.MONITORING_OFFICER);
    }

    private Member member(String forenames, String surname, String email) {
        return people.saveMember(new Member(null, "Cllr", forenames, surname, MemberKind.ELECTED, null, null, email,
                List.of(), List.of(), List.of()));
    }

    private Officer officer(String staff, String forenames, String surname, String post, StatutoryRole role) {
        return people.saveOfficer(new Officer(null, staff, forenames, surname, post, null, null, 3, null, false,
                role, LocalDate.of(2015, 4, 1), null, null));
    }

    /** A request from {@code group}'s leader, asked a week before, held in Committee Room 2 at 6 pm. */
    GroupMeeting request(PoliticalGroup group, MeetingKind kind, LocalDate meetingDate, String subject,
                         OfficerAttendance... officers) {
        return GroupMeeting.requested(group.id(), group.leaderMemberId() == null ? labourMember.id()
                        : group.leaderMemberId(), RequesterRole.GROUP_LEADER, meetingDate.minusDays(7), kind,
                meetingDate, LocalTime.of(18, 0), "Committee Room 2", false, subject, List.of(officers));
    }

    GroupMeeting save(PoliticalGroup group, MeetingKind kind, LocalDate meetingDate, OfficerAttendance... officers) {
        return register.save(request(group, kind, meetingDate, "Housing allocations policy", officers));
    }

    OfficerAttendance samAttending(boolean accompanied) {
        return OfficerAttendance.attending(headOfHousing.id(), null, accompanied);
    }

    @Override
    public void close() {
        app.close();
    }
}
