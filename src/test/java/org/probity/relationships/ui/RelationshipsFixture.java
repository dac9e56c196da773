package org.probity.relationships.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.probity.app.AppContext;
import org.probity.people.Directorate;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.people.ServiceArea;
import org.probity.people.SpecialResponsibility;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationService;
import org.probity.relationships.NotificationMethod;
import org.probity.relationships.NotifiedTo;
import org.probity.relationships.RelationshipKind;
import org.probity.storage.TestDatabases;

/**
 * A small authority on a fresh in-memory database, "today" being 23 Nov 2026: the Cabinet
 * Member for Housing, the Director of Housing, a Head of Planning and a backbench member.
 */
final class RelationshipsFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    final AppContext app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "tester");
    final PeopleService people = app.people();
    final DeclarationService register = app.relationships();
    final ServiceArea housing;
    final Member cabinetMember;
    final Member backbencher;
    final Officer director;
    final Officer planner;

    RelationshipsFixture() {
        Directorate place = people.saveDirectorate(new Directorate(null, "Place"));
        housing = people.saveServiceArea(new ServiceArea(null, "Housing", place.id()));
        ServiceArea planning = people.saveServiceArea(new ServiceArea(null, "Planning", place.id()));
        cabinetMember = people.saveMember(new Member(null, "Cllr", "Jane", "Smith", MemberKind.ELECTED,
                LocalDate.of(2022, 5, 5), null, null, List.of(), List.of(), List.of(new SpecialResponsibility(
                "Cabinet Member for Housing", housing.id(), LocalDate.of(2024, 5, 20), null))));
        backbencher = people.saveMember(new Member(null, "Cllr", "Rhys", "Jones", MemberKind.ELECTED,
                LocalDate.of(2022, 5, 5), null, null, List.of(), List.of(), List.of()));
        director = people.saveOfficer(new Officer(null, "E002", "Ruth", "Okafor", "Director of Housing", place.id(),
                housing.id(), 2, null, false, null, LocalDate.of(2015, 4, 1), null, null));
        planner = people.saveOfficer(new Officer(null, "E003", "Sam", "Patel", "Head of Planning", place.id(),
                planning.id(), 3, director.id(), false, null, LocalDate.of(2016, 4, 1), null, null));
    }

    PersonRef member(Member m) {
        return PersonRef.member(m.id());
    }

    PersonRef officer(Officer o) {
        return PersonRef.officer(o.id());
    }

    Declaration declare(PersonRef a, PersonRef b, RelationshipKind kind, LocalDate on) {
        return register.declare(Declaration.declared(a, b, kind, null, null, a, on, NotificationMethod.EMAIL,
                NotifiedTo.MONITORING_OFFICER, "Confidential details."));
    }

    @Override
    public void close() {
        app.close();
    }
}
