package org.probity.people;

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
import org.probity.audit.AuditEntry;
import org.probity.audit.AuditKind;
import org.probity.audit.FieldChange;
import org.probity.common.ValidationException;
import org.probity.storage.Database;
import org.probity.storage.TestDatabases;

class PeopleServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    private static AppContext context(TestDatabases.Kind kind) {
        Database database = kind.open();
        return new AppContext(database, Optional.empty(), CLOCK, "mo.test");
    }

    private static Officer officer(String staff, String surname, int tier, Long manager) {
        return new Officer(null, staff, "Alex", surname, "Post of " + surname, null, null, tier, manager, false, null,
                LocalDate.of(2020, 1, 6), null, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void savesAMemberWithGroupsWardsAndRolesAndReadsItBack(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            PeopleService people = app.people();
            PoliticalGroup group = people.saveGroup(new PoliticalGroup(null, "Riverside Independents", "RI", "#1f6fb2",
                    null));
            Ward ward = people.saveWard(new Ward(null, "Castle"));
            ServiceArea housing = people.saveServiceArea(new ServiceArea(null, "Housing", null));
            Member saved = people.saveMember(new Member(null, "Cllr", "Jane", "Smith", MemberKind.ELECTED,
                    LocalDate.of(2022, 5, 5), LocalDate.of(2026, 5, 7), "jane.smith@example.gov.uk",
                    List.of(new GroupMembership(group.id(), LocalDate.of(2022, 5, 5), null)), List.of(ward.id()),
                    List.of(new SpecialResponsibility("Cabinet Member for Housing", housing.id(),
                            LocalDate.of(2023, 5, 20), null))));

            Member read = people.member(saved.id()).orElseThrow();
            assertThat(read.displayName()).isEqualTo("Cllr Jane Smith");
            assertThat(read.groups()).extracting(GroupMembership::groupId).containsExactly(group.id());
            assertThat(read.wardIds()).containsExactly(ward.id());
            assertThat(read.responsibilities()).extracting(SpecialResponsibility::role)
                    .containsExactly("Cabinet Member for Housing");
            assertThat(read.groupOn(LocalDate.of(2024, 1, 1))).contains(group.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void everyEditShowsInHistoryWithBeforeAndAfterValues(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            PeopleService people = app.people();
            Officer created = people.saveOfficer(officer("E100", "Patel", 3, null));
            Officer renamed = new Officer(created.id(), "E100", "Alex", "Patel-Jones", "Head of Housing", null, null,
                    2, null, true, null, created.startDate(), null, null);
            people.saveOfficer(renamed);

            List<AuditEntry> history = people.history(PeopleService.OFFICER, created.id());
            assertThat(history).extracting(AuditEntry::kind).containsExactly(AuditKind.CHANGED, AuditKind.CREATED);
            AuditEntry change = history.get(0);
            assertThat(change.user()).isEqualTo("mo.test");
            assertThat(change.recordLabel()).isEqualTo("Alex Patel-Jones");
            assertThat(change.changes()).contains(
                    new FieldChange("Surname", "Patel", "Patel-Jones"),
                    new FieldChange("Post", "Post of Patel", "Head of Housing"),
                    new FieldChange("Tier", "3", "2"),
                    new FieldChange("Politically restricted", "No", "Yes"));
            assertThat(change.changes()).extracting(FieldChange::field).doesNotContain("Forenames", "Staff number");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aRefusedOfficerLeavesNothingBehind(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            PeopleService people = app.people();
            people.saveOfficer(officer("E1", "Okafor", 1, null));
            long auditBefore = people.history(PeopleService.OFFICER, 1L).size();

            assertThatThrownBy(() -> people.saveOfficer(officer("E1", "Other", 4, null)))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).messageFor("staffNumber"))
                            .isEqualTo("Staff number E1 already belongs to Alex Okafor."));
            assertThatThrownBy(() -> people.saveOfficer(officer("E2", " ", 12, null)))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> {
                        ValidationException v = (ValidationException) e;
                        assertThat(v.messageFor("surname")).isEqualTo("Surname is required.");
                        assertThat(v.messageFor("tier")).startsWith("The tier must be a number from 1");
                    });
            assertThat(people.officers()).extracting(Officer::surname).containsExactly("Okafor");
            assertThat(people.history(PeopleService.OFFICER, 1L)).hasSize((int) auditBefore);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void lineManagementCannotGoRoundInACircle(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            PeopleService people = app.people();
            Officer chief = people.saveOfficer(officer("E1", "Chief", 1, null));
            Officer director = people.saveOfficer(officer("E2", "Director", 2, chief.id()));
            Officer head = people.saveOfficer(officer("E3", "Head", 3, director.id()));

            Officer chiefUnderHead = officer("E1", "Chief", 1, head.id()).withId(chief.id());
            assertThatThrownBy(() -> people.saveOfficer(chiefUnderHead))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messageFor("lineManager"))
                            .contains("is managed (directly or not) by this officer"));
            assertThat(people.officer(chief.id()).orElseThrow().lineManagerId()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void onlyOneSittingMonitoringOfficer(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            PeopleService people = app.people();
            Officer mo = officer("E9", "Mensah", 2, null);
            people.saveOfficer(new Officer(null, "E9", "Ama", "Mensah", "Director of Law", null, null, 2, null, true,
                    StatutoryRole.MONITORING_OFFICER, mo.startDate(), null, null));
            Officer second = new Officer(null, "E10", "Bo", "Lund", "Head of Legal", null, null, 3, null, true,
                    StatutoryRole.MONITORING_OFFICER, mo.startDate(), null, null);
            assertThatThrownBy(() -> people.saveOfficer(second))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messageFor("statutoryRole"))
                            .isEqualTo("Ama Mensah is already the Monitoring Officer; record their leaving date first."));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void dashboardListsRolesAndJobsEndingSoon(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            PeopleService people = app.people();
            Officer leaving = officer("E5", "Leaving", 4, null);
            people.saveOfficer(new Officer(null, "E5", "Sam", "Leaving", "Planning Officer", null, null, 4, null,
                    false, null, leaving.startDate(), LocalDate.of(2026, 12, 4), null));
            people.saveOfficer(new Officer(null, "E6", "Kim", "Later", "Planning Officer", null, null, 4, null,
                    false, null, leaving.startDate(), LocalDate.of(2027, 6, 1), null));
            people.saveMember(new Member(null, "Cllr", "Ola", "Brown", MemberKind.ELECTED, null, null, null, List.of(),
                    List.of(), List.of(new SpecialResponsibility("Chair of Planning Committee", null, null,
                            LocalDate.of(2026, 11, 30)))));

            List<EndingSoon> soon = people.endingSoon(LocalDate.of(2026, 12, 23));
            assertThat(soon).extracting(EndingSoon::personName, EndingSoon::what, EndingSoon::date).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Cllr Ola Brown", "Chair of Planning Committee ends",
                            LocalDate.of(2026, 11, 30)),
                    org.assertj.core.groups.Tuple.tuple("Sam Leaving", "Leaves post as Planning Officer",
                            LocalDate.of(2026, 12, 4)));
        }
    }
}
