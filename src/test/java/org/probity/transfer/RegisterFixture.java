package org.probity.transfer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.probity.app.AppContext;
import org.probity.people.Directorate;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.people.ServiceArea;
import org.probity.people.SpecialResponsibility;
import org.probity.people.StatutoryRole;
import org.probity.relationships.Decision;
import org.probity.relationships.DecisionKind;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationAction;
import org.probity.relationships.DeclarationService;
import org.probity.relationships.NotificationMethod;
import org.probity.relationships.NotifiedTo;
import org.probity.relationships.Reference;
import org.probity.relationships.RelationshipKind;
import org.probity.storage.schema.Tables;

/**
 * A small authority and a register of declared relationships for import, export and command
 * tests: two officers called Alex Smith, a statutory officer, a member with a portfolio, and
 * declarations in every status, one with a reference kept from an older register.
 */
public final class RegisterFixture {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    private RegisterFixture() {
    }

    /** The same people, whichever data folder they go into. */
    public static void people(PeopleService people) {
        Directorate place = people.saveDirectorate(new Directorate(null, "Place"));
        ServiceArea housing = people.saveServiceArea(new ServiceArea(null, "Housing", place.id()));
        Officer director = people.saveOfficer(officer("E1", "Ruth", "Okafor", "Director of Place", place.id(), null, 2,
                null, null));
        Officer head = people.saveOfficer(officer("E2", "Sam", "Patel", "Head of Housing", place.id(), housing.id(), 3,
                director.id(), null));
        people.saveOfficer(officer("E3", "Lee", "Wong", "Housing Officer", place.id(), housing.id(), 5, head.id(),
                null));
        people.saveOfficer(officer("E4", "Alex", "Smith", "Planner", place.id(), null, 5, director.id(), null));
        people.saveOfficer(officer("E5", "Alex", "Smith", "Housing Officer", place.id(), housing.id(), 5, head.id(),
                null));
        people.saveOfficer(officer("E6", "Siân", "O'Neill", "Monitoring Officer", null, null, 3, null,
                StatutoryRole.MONITORING_OFFICER));
        people.saveMember(new Member(null, "Cllr", "Jane", "Smith", MemberKind.ELECTED, LocalDate.of(2018, 5, 3),
                null, null, List.of(), List.of(), List.of(new SpecialResponsibility("Cabinet Member for Housing",
                housing.id(), LocalDate.of(2026, 5, 20), null))));
        people.saveMember(new Member(null, "Cllr", "Tom", "Baker", MemberKind.ELECTED, LocalDate.of(2018, 5, 3),
                null, null, List.of(), List.of(), List.of()));
    }

    private static Officer officer(String staff, String forenames, String surname, String post, Long directorate,
                                   Long area, int tier, Long manager, StatutoryRole role) {
        return new Officer(null, staff, forenames, surname, post, directorate, area, tier, manager, false, role,
                LocalDate.of(2015, 4, 1), null, null);
    }

    public static PersonRef officer(PeopleService people, String staffNumber) {
        return PersonRef.officer(people.officerByStaffNumber(staffNumber).orElseThrow().id());
    }

    public static PersonRef member(PeopleService people, String surname) {
        return PersonRef.member(people.members().stream().filter(m -> m.surname().equals(surname)).findFirst()
                .orElseThrow().id());
    }

    /** Six declarations: decided with actions, under review, awaiting, ended, withdrawn, and one from 2019. */
    public static void register(AppContext app) {
        PeopleService people = app.people();
        DeclarationService register = app.relationships();
        PersonRef jane = member(people, "Smith");
        PersonRef tom = member(people, "Baker");
        String mo = "Siân O'Neill";

        Declaration partner = register.declare(Declaration.declared(jane, officer(people, "E1"),
                RelationshipKind.PARTNER, null, LocalDate.of(2019, 8, 1), jane, LocalDate.of(2026, 3, 2),
                NotificationMethod.IN_WRITING, NotifiedTo.MONITORING_OFFICER, "Married in 2019; live together."));
        register.reconfirm(List.of(partner.id()), LocalDate.of(2026, 10, 1));
        register.decide(partner.id(), new Decision(DecisionKind.MEMBER_STEPS_BACK, null,
                "The portfolio covers Housing, led by her husband's directorate.", LocalDate.of(2026, 3, 9), mo),
                LocalDate.of(2027, 3, 9), List.of(
                        new DeclarationAction(null, "Tell the Leader (by letter)", "A. Mensah",
                                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 18)),
                        new DeclarationAction(null, "Update the scheme of delegation", mo, LocalDate.of(2026, 4, 30),
                                null)));

        Declaration family = register.declare(Declaration.declared(officer(people, "E2"), officer(people, "E3"),
                RelationshipKind.FAMILY, null, null, officer(people, "E3"), LocalDate.of(2025, 6, 16),
                NotificationMethod.EMAIL, NotifiedTo.MANAGER, "Brothers."));
        register.decide(family.id(), new Decision(DecisionKind.CHANGE_LINE_MANAGEMENT, null,
                "An officer must not manage his brother.", LocalDate.of(2025, 6, 30), mo), LocalDate.of(2026, 6, 30),
                List.of(new DeclarationAction(null, "Move line management to the Director", "Ruth Okafor",
                        LocalDate.of(2025, 7, 31), null)));
        register.startReview(family.id());

        register.declare(Declaration.declared(tom, officer(people, "E4"), RelationshipKind.OTHER,
                "Landlord and tenant", null, tom, LocalDate.of(2026, 11, 2), NotificationMethod.MEETING,
                NotifiedTo.MONITORING_OFFICER, null));

        Declaration friends = register.declare(Declaration.declared(tom, officer(people, "E6"),
                RelationshipKind.CLOSE_FRIENDSHIP, null, null, tom, LocalDate.of(2025, 1, 10),
                NotificationMethod.IN_WRITING, NotifiedTo.CHIEF_EXECUTIVE, "Old school friends."));
        register.decide(friends.id(), new Decision(DecisionKind.NO_ACTION, null, "No overlap in their work.",
                LocalDate.of(2025, 1, 20), "Chief Executive"), null, List.of());
        register.end(friends.id(), LocalDate.of(2026, 6, 30), "They fell out; confirmed in writing.");

        Declaration money = register.declare(Declaration.declared(jane, tom, RelationshipKind.FINANCIAL, null, null,
                tom, LocalDate.of(2026, 2, 2), NotificationMethod.EMAIL, NotifiedTo.MONITORING_OFFICER,
                "A loan between them."));
        register.withdraw(money.id(), LocalDate.of(2026, 2, 10), "Declared in error.");

        register.declare(Declaration.declared(officer(people, "E5"), officer(people, "E1"), RelationshipKind.BUSINESS,
                null, null, officer(people, "E5"), LocalDate.of(2019, 6, 1), NotificationMethod.IN_WRITING,
                NotifiedTo.DIRECTOR, "Co-directors of a bakery."), new Reference(2019, 42));
    }

    /** The register as a user reads it, one line a declaration, with its re-confirmations and flags. */
    public static List<String> describe(AppContext app) {
        DeclarationService register = app.relationships();
        Map<Long, List<String>> flags = register.openFlags().stream().collect(Collectors.groupingBy(
                f -> f.declarationId(), Collectors.mapping(f -> f.explanation(), Collectors.toList())));
        return register.declarations().stream().map(d -> register.values(d) + " confirmed " + d.reconfirmations()
                + " flags " + flags.getOrDefault(d.id(), List.of())).toList();
    }

    public static int auditEntries(AppContext app) {
        return app.database().session().dsl().fetchCount(Tables.AUDIT_ENTRY);
    }
}
