package org.probity.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.app.AppContext;
import org.probity.common.ValidationException;
import org.probity.people.Directorate;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.people.ServiceArea;
import org.probity.people.SpecialResponsibility;
import org.probity.people.StatutoryRole;
import org.probity.storage.TestDatabases;

class DeclarationServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    /** A small authority: Housing within Place, a Director of Place and two housing officers, one member. */
    private static final class Authority implements AutoCloseable {
        final AppContext app;
        final PeopleService people;
        final DeclarationService register;
        final ServiceArea housing;
        final ServiceArea planning;
        final Officer director;
        final Officer headOfHousing;
        final Officer housingOfficer;
        final Member member;

        Authority(TestDatabases.Kind kind) {
            app = new AppContext(kind.open(), Optional.empty(), CLOCK, "mo");
            people = app.people();
            register = app.relationships();
            Directorate place = people.saveDirectorate(new Directorate(null, "Place"));
            housing = people.saveServiceArea(new ServiceArea(null, "Housing", place.id()));
            planning = people.saveServiceArea(new ServiceArea(null, "Planning", place.id()));
            director = people.saveOfficer(officer("E2", "Ruth", "Okafor", "Director of Place", place.id(), null, 2,
                    null));
            headOfHousing = people.saveOfficer(officer("E3", "Sam", "Patel", "Head of Housing", place.id(),
                    housing.id(), 3, director.id()));
            housingOfficer = people.saveOfficer(officer("E4", "Lee", "Wong", "Housing Officer", place.id(),
                    housing.id(), 5, headOfHousing.id()));
            member = people.saveMember(new Member(null, "Cllr", "Jane", "Smith", MemberKind.ELECTED, null, null,
                    null, List.of(), List.of(), List.of()));
        }

        Declaration declare(PersonRef a, PersonRef b, RelationshipKind kind) {
            return register.declare(Declaration.declared(a, b, kind, null, null, a, LocalDate.of(2026, 3, 2),
                    NotificationMethod.IN_WRITING, NotifiedTo.MONITORING_OFFICER, "Married in 2019."));
        }

        Member giveRole(String role, ServiceArea area, LocalDate to) {
            Member m = people.member(member.id()).orElseThrow();
            return people.saveMember(new Member(m.id(), m.title(), m.forenames(), m.surname(), m.kind(),
                    m.termStart(), m.termEnd(), m.email(), m.groups(), m.wardIds(),
                    List.of(new SpecialResponsibility(role, area.id(), LocalDate.of(2026, 5, 20), to))));
        }

        @Override
        public void close() {
            app.close();
        }
    }

    private static Officer officer(String staff, String forenames, String surname, String post, Long directorate,
                                   Long area, int tier, Long manager) {
        return new Officer(null, staff, forenames, surname, post, directorate, area, tier, manager, false, null,
                LocalDate.of(2015, 4, 1), null, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aPortfolioInTheAreaOfARelatedDirectorRaisesAFlagThatClearsWhenTheMemberLeavesIt(TestDatabases.Kind kind) {
        try (Authority a = new Authority(kind)) {
            Declaration d = a.declare(PersonRef.member(a.member.id()), PersonRef.officer(a.director.id()),
                    RelationshipKind.PARTNER);
            assertThat(a.register.flags(d.id())).isEmpty();

            a.giveRole("Cabinet Member for Housing", a.housing, null);

            assertThat(a.register.openFlags()).singleElement().satisfies(flag -> {
                assertThat(flag.declarationId()).isEqualTo(d.id());
                assertThat(flag.rule()).isEqualTo(ConflictRule.SPECIAL_RESPONSIBILITY_IN_AREA);
                assertThat(flag.raisedOn()).isEqualTo(TODAY);
                assertThat(flag.explanation()).isEqualTo("Cllr Jane Smith is Cabinet Member for Housing; their "
                        + "declared partner Ruth Okafor is Director of Place (tier 2).");
            });

            a.giveRole("Cabinet Member for Housing", a.housing, TODAY.minusDays(1));

            assertThat(a.register.openFlags()).isEmpty();
            assertThat(a.register.flags(d.id())).singleElement().satisfies(flag -> {
                assertThat(flag.clearedOn()).isEqualTo(TODAY);
                assertThat(flag.explanation()).startsWith("Cllr Jane Smith is Cabinet Member for Housing");
            });
            assertThat(a.register.history(d.id()))
                    .anySatisfy(e -> assertThat(e.after()).containsEntry("Conflict flag", "Cleared"))
                    .anySatisfy(e -> assertThat(e.after().get("Conflict flag")).startsWith("Cllr Jane Smith is"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aPeriodHasTheDeclarationsInForceDuringItAndTheYearsCountWhatWasDeclared(TestDatabases.Kind kind) {
        try (Authority a = new Authority(kind)) {
            Declaration partner = a.declare(PersonRef.member(a.member.id()), PersonRef.officer(a.director.id()),
                    RelationshipKind.PARTNER);
            Declaration family = a.declare(PersonRef.member(a.member.id()), PersonRef.officer(a.housingOfficer.id()),
                    RelationshipKind.FAMILY);
            a.register.end(family.id(), LocalDate.of(2026, 6, 30), "Moved away.");

            assertThat(a.register.declarationsDuring(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)))
                    .extracting(Declaration::id).containsExactly(partner.id());
            assertThat(a.register.declarationsDuring(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31)))
                    .extracting(Declaration::id).containsExactlyInAnyOrder(partner.id(), family.id());
            assertThat(a.register.declarationsDuring(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 1))).isEmpty();
            assertThat(a.register.declaredByYear(2022, 2026)).isEqualTo(java.util.Map.of(2026, 2));
            assertThat(a.register.declaredByYear(2022, 2025)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void officersBelowTierThreeDoNotRaiseThePortfolioFlag(TestDatabases.Kind kind) {
        try (Authority a = new Authority(kind)) {
            a.declare(PersonRef.member(a.member.id()), PersonRef.officer(a.housingOfficer.id()),
                    RelationshipKind.FAMILY);
            a.giveRole("Cabinet Member for Housing", a.housing, null);
            assertThat(a.register.openFlags()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aHeadOfServiceIsFlaggedOnlyForTheirOwnArea(TestDatabases.Kind kind) {
        try (Authority a = new Authority(kind)) {
            a.declare(PersonRef.member(a.member.id()), PersonRef.officer(a.headOfHousing.id()),
                    RelationshipKind.CLOSE_FRIENDSHIP);
            a.giveRole("Cabinet Member for Planning", a.planning, null);
            assertThat(a.register.openFlags()).isEmpty();
            a.giveRole("Cabinet Member for Housing", a.housing, null);
            assertThat(a.register.openFlags()).extracting(ConflictFlag::explanation).containsExactly(
                    "Cllr Jane Smith is Cabinet Member for Housing; their declared close friend Sam Patel is Head of "
                            + "Housing (tier 3).");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void managingARelatedOfficerIsFlaggedWhenTheLineManagementChanges(TestDatabases.Kind kind) {
        try (Authority a = new Authority(kind)) {
            Officer colleague = a.people.saveOfficer(officer("E9", "Kim", "Lund", "Planning Officer", null,
                    a.planning.id(), 5, null));
            a.declare(PersonRef.officer(a.headOfHousing.id()), PersonRef.officer(colleague.id()),
                    RelationshipKind.PARTNER);
            assertThat(a.register.openFlags()).isEmpty();

            Officer moved = a.people.saveOfficer(colleague.withLineManager(a.headOfHousing.id()));

            assertThat(a.register.openFlags()).extracting(ConflictFlag::rule, ConflictFlag::explanation)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ConflictRule.LINE_MANAGES_RELATED_OFFICER,
                            "Sam Patel (Head of Housing) line-manages Kim Lund (Planning Officer); they have declared "
                                    + "a partner or romantic relationship."));
            a.people.saveOfficer(moved.withLineManager(null));
            assertThat(a.register.openFlags()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aRelationshipWithAStatutoryOfficerIsFlagged(TestDatabases.Kind kind) {
        try (Authority a = new Authority(kind)) {
            Officer mo = a.people.saveOfficer(new Officer(null, "E7", "Ama", "Mensah", "Head of Legal", null, null, 3,
                    null, true, StatutoryRole.MONITORING_OFFICER, LocalDate.of(2018, 1, 8), null, null));
            a.declare(PersonRef.member(a.member.id()), PersonRef.officer(mo.id()), RelationshipKind.FAMILY);
            assertThat(a.register.openFlags()).extracting(ConflictFlag::explanation).containsExactly(
                    "Ama Mensah is the Monitoring Officer; Cllr Jane Smith has declared a family relationship with them.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void referencesAreNumberedPerYear(TestDatabases.Kind kind) {
        try (Authority a = new Authority(kind)) {
            PersonRef m = PersonRef.member(a.member.id());
            Declaration first = a.declare(m, PersonRef.officer(a.director.id()), RelationshipKind.FAMILY);
            Declaration second = a.declare(m, PersonRef.officer(a.headOfHousing.id()), RelationshipKind.BUSINESS);
            Declaration lastYear = a.register.declare(Declaration.declared(m, PersonRef.officer(a.housingOfficer.id()),
                    RelationshipKind.FINANCIAL, null, null, m, LocalDate.of(2025, 12, 30), NotificationMethod.EMAIL,
                    NotifiedTo.MONITORING_OFFICER, null));
            assertThat(List.of(first, second, lastYear)).extracting(d -> d.reference().toString())
                    .containsExactly("REL-2026-0001", "REL-2026-0002", "REL-2025-0001");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aReviewDateOrActionDueBeforeTheDeclarationIsRefusedNamingTheField(TestDatabases.Kind kind) {
        try (Authority a = new Authority(kind)) {
            Declaration d = a.declare(PersonRef.member(a.member.id()), PersonRef.officer(a.director.id()),
                    RelationshipKind.PARTNER);
            Decision decision = new Decision(DecisionKind.MEMBER_STEPS_BACK, null,
                    "The member will not take the Housing portfolio.", LocalDate.of(2026, 3, 10), "A. Mensah");

            assertThatThrownBy(() -> a.register.decide(d.id(), decision, LocalDate.of(2026, 2, 1), List.of()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messageFor("reviewDate"))
                            .isEqualTo("The review date (1 Feb 2026) cannot be before the date declared (2 Mar 2026)."));
            assertThatThrownBy(() -> a.register.decide(d.id(), decision, null, List.of(
                    new DeclarationAction(null, "Tell the Leader", "A. Mensah", LocalDate.of(2026, 1, 5), null))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messageFor("actions"))
                            .isEqualTo("The due date of action 1 (5 Jan 2026) cannot be before the date declared "
                                    + "(2 Mar 2026)."));
            assertThat(a.register.declaration(d.id()).orElseThrow().status())
                    .isEqualTo(DeclarationStatus.AWAITING_DECISION);

            Declaration decided = a.register.decide(d.id(), decision, LocalDate.of(2027, 3, 10), List.of(
                    new DeclarationAction(null, "Tell the Leader", "A. Mensah", LocalDate.of(2026, 3, 20), null)));
            assertThat(decided.status()).isEqualTo(DeclarationStatus.DECIDED);
            assertThat(decided.actions()).extracting(DeclarationAction::description).containsExactly("Tell the Leader");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void declarationsNotReconfirmedInTwelveMonthsAreListedUntilReconfirmed(TestDatabases.Kind kind) {
        try (Authority a = new Authority(kind)) {
            PersonRef m = PersonRef.member(a.member.id());
            Declaration old = a.register.declare(Declaration.declared(m, PersonRef.officer(a.director.id()),
                    RelationshipKind.FAMILY, null, null, m, LocalDate.of(2025, 6, 1), NotificationMethod.EMAIL,
                    NotifiedTo.MONITORING_OFFICER, null));
            Declaration recent = a.declare(m, PersonRef.officer(a.headOfHousing.id()), RelationshipKind.BUSINESS);
            Declaration ended = a.register.declare(Declaration.declared(m, PersonRef.officer(a.housingOfficer.id()),
                    RelationshipKind.FINANCIAL, null, null, m, LocalDate.of(2024, 6, 1), NotificationMethod.EMAIL,
                    NotifiedTo.MONITORING_OFFICER, null));
            a.register.end(ended.id(), LocalDate.of(2025, 1, 31), "Loan repaid.");

            assertThat(a.register.dueForReconfirmation(TODAY)).extracting(Declaration::id).containsExactly(old.id());

            assertThat(a.register.reconfirm(List.of(old.id()), LocalDate.of(2026, 11, 20))).isEqualTo(1);

            assertThat(a.register.dueForReconfirmation(TODAY)).isEmpty();
            assertThat(a.register.declaration(old.id()).orElseThrow().lastConfirmed())
                    .isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(recent.lastConfirmed()).isEqualTo(LocalDate.of(2026, 3, 2));
        }
    }
}
