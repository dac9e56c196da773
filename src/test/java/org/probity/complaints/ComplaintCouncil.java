package org.probity.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayRegion;
import org.probity.people.AuthorityProfile;
import org.probity.people.Directorate;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.people.StatutoryRole;
import org.probity.storage.TestDatabases;

/**
 * A small authority for complaint tests: a Chief Executive, a Director of Place over a Head of
 * Housing over a housing officer, a planner with no line manager, a Director of Resources, the
 * Monitoring Officer in Resources, and two councillors. "Today" is fixed by the clock given.
 */
public final class ComplaintCouncil implements AutoCloseable {

    static final ZoneId UK = ZoneId.of("Europe/London");

    public final AppContext app;
    public final PeopleService people;
    public final ComplaintService complaints;
    public final Directorate place;
    public final Directorate resources;
    public final Officer chiefExecutive;
    public final Officer directorOfPlace;
    public final Officer directorOfResources;
    public final Officer headOfHousing;
    public final Officer housingOfficer;
    public final Officer planner;
    public final Officer monitoringOfficer;
    public final Member councillor;
    public final Member otherCouncillor;

    public ComplaintCouncil(TestDatabases.Kind kind, LocalDate today) {
        app = new AppContext(kind.open(), Optional.empty(),
                Clock.fixed(today.atTime(10, 0).atZone(UK).toInstant(), UK), "clerk");
        people = app.people();
        complaints = app.complaints();
        people.saveProfile(AuthorityProfile.withDefaults("Borchester City Council",
                BankHolidayRegion.ENGLAND_AND_WALES));
        place = people.saveDirectorate(new Directorate(null, "Place"));
        resources = people.saveDirectorate(new Directorate(null, "Resources"));
        chiefExecutive = people.saveOfficer(officer("E1", "Helen", "Barker", "Chief Executive", null, 1, null,
                StatutoryRole.HEAD_OF_PAID_SERVICE));
        directorOfPlace = people.saveOfficer(officer("E2", "Ruth", "Okafor", "Director of Place", place.id(), 2,
                chiefExecutive.id(), null));
        directorOfResources = people.saveOfficer(officer("E7", "Omar", "Shah", "Director of Resources",
                resources.id(), 2, chiefExecutive.id(), null));
        headOfHousing = people.saveOfficer(officer("E3", "Sam", "Patel", "Head of Housing", place.id(), 3,
                directorOfPlace.id(), null));
        housingOfficer = people.saveOfficer(officer("E4", "Lee", "Wong", "Housing Officer", place.id(), 5,
                headOfHousing.id(), null));
        planner = people.saveOfficer(officer("E5", "Ada", "Hughes", "Planning Officer", place.id(), 4, null, null));
        monitoringOfficer = people.saveOfficer(officer("E8", "Grace", "Ellis", "Head of Legal Services",
                resources.id(), 3, directorOfResources.id(), StatutoryRole.MONITORING_OFFICER));
        councillor = people.saveMember(new Member(null, "Cllr", "Jane", "Smith", MemberKind.ELECTED, null, null,
                null, List.of(), List.of(), List.of()));
        otherCouncillor = people.saveMember(new Member(null, "Cllr", "Peter", "Jones", MemberKind.ELECTED, null,
                null, null, List.of(), List.of(), List.of()));
    }

    static Officer officer(String staff, String forenames, String surname, String post, Long directorate, int tier,
                           Long manager, StatutoryRole role) {
        return new Officer(null, staff, forenames, surname, post, directorate, null, tier, manager, false, role,
                LocalDate.of(2015, 4, 1), null, null);
    }

    public static PersonRef m(Member member) {
        return PersonRef.member(member.id());
    }

    public static PersonRef o(Officer officer) {
        return PersonRef.officer(officer.id());
    }

    /** A member's complaint about an officer, on the route the rules propose. */
    public Complaint aboutOfficer(LocalDate received, Officer subject) {
        ProposedRoute route = complaints.propose(ComplaintDirection.MEMBER_ABOUT_OFFICER, m(councillor), o(subject),
                false);
        return complaints.log(Complaint.logged(received, ReceivedHow.EMAIL, ComplaintDirection.MEMBER_ABOUT_OFFICER,
                m(councillor), o(subject), ComplaintCategory.DISRESPECT, "para 30", "Spoke dismissively at a briefing.",
                false, route.route(), null), null);
    }

    /** A member's complaint about another member: the code-of-conduct procedure. */
    public Complaint aboutMember(LocalDate received) {
        return complaints.log(Complaint.logged(received, ReceivedHow.LETTER, ComplaintDirection.MEMBER_ABOUT_MEMBER,
                m(councillor), m(otherCouncillor), ComplaintCategory.BULLYING_OR_HARASSMENT, null,
                "Repeated personal remarks in committee.", false, ComplaintRoute.CODE_OF_CONDUCT, null), null);
    }

    @Override
    public void close() {
        app.close();
    }
}
