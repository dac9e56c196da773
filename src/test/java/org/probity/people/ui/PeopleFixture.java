package org.probity.people.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.probity.app.AppContext;
import org.probity.people.Directorate;
import org.probity.people.GroupMembership;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PoliticalGroup;
import org.probity.people.ServiceArea;
import org.probity.people.Ward;
import org.probity.storage.TestDatabases;

/** A small authority on a fresh in-memory database, "today" being 23 Nov 2026. */
final class PeopleFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    final AppContext app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "tester");
    final PeopleService people = app.people();
    final PoliticalGroup labour;
    final PoliticalGroup greens;
    final Ward castle;
    final Ward riverside;
    final Directorate place;
    final ServiceArea housing;
    final Member smith;
    final Member jones;
    final Member former;
    final Officer chief;
    final Officer patel;
    final Officer leaver;

    PeopleFixture() {
        labour = people.saveGroup(new PoliticalGroup(null, "Labour Group", "Lab", "#D50000", null));
        greens = people.saveGroup(new PoliticalGroup(null, "Green Group", "Grn", "#2E7D32", null));
        castle = people.saveWard(new Ward(null, "Castle"));
        riverside = people.saveWard(new Ward(null, "Riverside"));
        place = people.saveDirectorate(new Directorate(null, "Place"));
        housing = people.saveServiceArea(new ServiceArea(null, "Housing", place.id()));
        smith = people.saveMember(new Member(null, "Cllr", "Jane", "Smith", MemberKind.ELECTED,
                LocalDate.of(2022, 5, 5), LocalDate.of(2027, 5, 6), null,
                List.of(new GroupMembership(labour.id(), LocalDate.of(2022, 5, 5), null)), List.of(castle.id()),
                List.of()));
        jones = people.saveMember(new Member(null, "Cllr", "Rhys", "Jones", MemberKind.ELECTED,
                LocalDate.of(2022, 5, 5), null, null,
                List.of(new GroupMembership(greens.id(), LocalDate.of(2022, 5, 5), null)), List.of(riverside.id()),
                List.of()));
        former = people.saveMember(new Member(null, "Cllr", "Old", "Hand", MemberKind.ELECTED,
                LocalDate.of(2018, 5, 3), LocalDate.of(2022, 5, 4), null,
                List.of(new GroupMembership(labour.id(), LocalDate.of(2018, 5, 3), LocalDate.of(2022, 5, 4))),
                List.of(castle.id()), List.of()));
        chief = people.saveOfficer(new Officer(null, "E001", "Ada", "Okafor", "Chief Executive", null, null, 1, null,
                true, null, LocalDate.of(2019, 1, 7), null, null));
        patel = people.saveOfficer(new Officer(null, "E002", "Ravi", "Patel", "Head of Housing", place.id(),
                housing.id(), 3, chief.id(), true, null, LocalDate.of(2020, 3, 2), null, "ravi.patel@example.gov.uk"));
        leaver = people.saveOfficer(new Officer(null, "E003", "Sam", "Gone", "Planning Officer", place.id(), null, 5,
                patel.id(), false, null, LocalDate.of(2015, 3, 2), LocalDate.of(2025, 3, 31), null));
    }

    @Override
    public void close() {
        app.close();
    }
}
