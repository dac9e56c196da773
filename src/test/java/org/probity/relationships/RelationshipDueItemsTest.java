package org.probity.relationships;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.app.AppContext;
import org.probity.common.DueItem;
import org.probity.common.DueItemSource;
import org.probity.common.PersonRecord;
import org.probity.people.Directorate;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.people.ServiceArea;
import org.probity.people.SpecialResponsibility;
import org.probity.storage.TestDatabases;

class RelationshipDueItemsTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** A clock the test moves on, so that flags can be raised on one day and looked at on another. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(LocalDate day) {
            moveTo(day);
        }

        void moveTo(LocalDate day) {
            now = day.atTime(10, 0).atZone(UK).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return UK;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final class Authority implements AutoCloseable {
        final MovableClock clock = new MovableClock(LocalDate.of(2027, 1, 8));
        final AppContext app;
        final PeopleService people;
        final DeclarationService register;
        final DueItemSource dashboard;
        final ServiceArea housing;
        final Officer director;
        final Member member;

        Authority(TestDatabases.Kind kind) {
            app = new AppContext(kind.open(), Optional.empty(), clock, "mo");
            people = app.people();
            register = app.relationships();
            dashboard = app.dueItemSources().stream().filter(RelationshipDueItems.class::isInstance).findFirst()
                    .orElseThrow();
            Directorate place = people.saveDirectorate(new Directorate(null, "Place"));
            housing = people.saveServiceArea(new ServiceArea(null, "Housing", place.id()));
            director = people.saveOfficer(new Officer(null, "E2", "Ruth", "Okafor", "Director of Housing",
                    place.id(), housing.id(), 2, null, false, null, LocalDate.of(2015, 4, 1), null, null));
            member = people.saveMember(new Member(null, "Cllr", "Jane", "Smith", MemberKind.ELECTED, null, null,
                    null, List.of(), List.of(), List.of()));
        }

        Declaration declare(LocalDate on) {
            PersonRef a = PersonRef.member(member.id());
            return register.declare(Declaration.declared(a, PersonRef.officer(director.id()),
                    RelationshipKind.PARTNER, null, null, a, on, NotificationMethod.IN_WRITING,
                    NotifiedTo.MONITORING_OFFICER, "Married in 2019."));
        }

        List<DueItem> items(LocalDate today, LocalDate until) {
            return dashboard.dueItems(today, until);
        }

        @Override
        public void close() {
            app.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aDecisionFallsDueTenWorkingDaysAfterTheDeclarationSkippingChristmasAndNewYear(TestDatabases.Kind kind) {
        try (Authority a = new Authority(kind)) {
            Declaration d = a.declare(LocalDate.of(2026, 12, 18));

            // 21–24 Dec, 29–31 Dec and 4–6 Jan: Christmas, the substitute Boxing Day and New Year are skipped.
            assertThat(a.items(LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 15))).singleElement()
                    .satisfies(item -> {
                        assertThat(item.due()).isEqualTo(LocalDate.of(2027, 1, 6));
                        assertThat(item.what()).startsWith("Decision on " + d.reference());
                        assertThat(item.who()).isEqualTo("Cllr Jane Smith and Ruth Okafor");
                        assertThat(item.sectionId()).isEqualTo("relationships");
                        assertThat(item.recordId()).isEqualTo(String.valueOf(d.id()));
                        assertThat(item.isOverdueOn(LocalDate.of(2027, 1, 8))).isTrue();
                    });
            assertThat(a.items(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aDecidedDeclarationShowsItsReviewAndOpenActionsButNotDoneOnes(TestDatabases.Kind kind) {
        try (Authority a = new Authority(kind)) {
            Declaration d = a.declare(LocalDate.of(2026, 12, 1));
            Declaration decided = a.register.decide(d.id(), new Decision(DecisionKind.OFFICER_EXCLUDED, null,
                            "She must not decide housing allocations.", LocalDate.of(2026, 12, 3), "A. Mensah"),
                    LocalDate.of(2027, 1, 20), List.of(
                            new DeclarationAction(null, "Tell the Head of Housing", "A. Mensah",
                                    LocalDate.of(2027, 1, 4), null),
                            new DeclarationAction(null, "Update the scheme of delegation", "B. Khan",
                                    LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 5))));

            List<DueItem> items = a.items(LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 31));

            assertThat(items).extracting(DueItem::due, DueItem::what).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 1, 4),
                            "Action on " + decided.reference() + ": Tell the Head of Housing (A. Mensah)"),
                    org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 1, 20),
                            "Review of " + decided.reference() + " (Officer excluded from certain decisions)"));
            assertThat(a.items(LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 15)))
                    .extracting(DueItem::what).noneMatch(w -> w.startsWith("Review"));

            a.register.withdraw(d.id(), LocalDate.of(2027, 1, 8), "Relationship ended before the review.");
            assertThat(a.items(LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 31))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aNewConflictFlagShowsForAFortnightFromTheDayItWasRaised(TestDatabases.Kind kind) {
        try (Authority a = new Authority(kind)) {
            Declaration d = a.declare(LocalDate.of(2026, 12, 1));
            a.register.decide(d.id(), new Decision(DecisionKind.NOTE_ON_FILE, null, "No overlap of duties.",
                    LocalDate.of(2026, 12, 2), "A. Mensah"), null, List.of());
            Member m = a.people.member(a.member.id()).orElseThrow();
            a.people.saveMember(new Member(m.id(), m.title(), m.forenames(), m.surname(), m.kind(), m.termStart(),
                    m.termEnd(), m.email(), m.groups(), m.wardIds(), List.of(new SpecialResponsibility(
                    "Cabinet Member for Housing", a.housing.id(), LocalDate.of(2027, 1, 8), null))));

            assertThat(a.items(LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 15))).singleElement()
                    .satisfies(item -> {
                        assertThat(item.due()).isEqualTo(LocalDate.of(2027, 1, 8));
                        assertThat(item.what()).startsWith("New conflict flag on " + d.reference()
                                + ": Cllr Jane Smith is Cabinet Member for Housing");
                    });
            assertThat(a.items(LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 29))).hasSize(1);
            assertThat(a.items(LocalDate.of(2027, 1, 23), LocalDate.of(2027, 1, 30))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aPersonsPageListsTheirDeclarationsNamingTheOtherParty(TestDatabases.Kind kind) {
        try (Authority a = new Authority(kind)) {
            Declaration d = a.declare(LocalDate.of(2026, 12, 1));

            List<PersonRecord> records = a.app.personRecordSources().get(0)
                    .recordsOf(PersonRef.officer(a.director.id()));

            assertThat(records).containsExactly(new PersonRecord("Relationships", d.reference().toString(),
                    "Partner or romantic with Cllr Jane Smith", "Awaiting decision", LocalDate.of(2026, 12, 1),
                    "relationships", String.valueOf(d.id())));
        }
    }
}
