package org.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
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
import org.probity.people.Officer;
import org.probity.people.PersonRef;
import org.probity.people.Ward;
import org.probity.relationships.Declaration;
import org.probity.relationships.NotificationMethod;
import org.probity.relationships.NotifiedTo;
import org.probity.relationships.RelationshipKind;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ReceivedHow;
import org.probity.people.Member;
import org.probity.storage.Database;
import org.probity.storage.TestDatabases;

class PermissionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final String PASSWORD = "long enough password";

    /** A database with three accounts and two declarations, set up by the Monitoring Officer. */
    private static final class Office implements AutoCloseable {
        final Database database;
        final AppContext mo;
        final Declaration granted;
        final Declaration notGranted;

        Office(TestDatabases.Kind kind) {
            database = kind.open();
            mo = new AppContext(database, Optional.empty(), CLOCK, "os-user");
            mo.users().create("mo", "Monitoring Officer", Role.MONITORING_OFFICER, PASSWORD);
            mo.users().create("clerk", "Casey Clerk", Role.CLERK, PASSWORD);
            mo.users().create("reader", "Robin Reader", Role.READ_ONLY, PASSWORD);
            Directorate place = mo.people().saveDirectorate(new Directorate(null, "Place"));
            Officer a = mo.people().saveOfficer(officer("E1", "Ruth", "Okafor", place.id()));
            Officer b = mo.people().saveOfficer(officer("E2", "Sam", "Patel", place.id()));
            Officer c = mo.people().saveOfficer(officer("E3", "Lee", "Wong", place.id()));
            granted = declare(a, b, "Married in 2019.");
            notGranted = declare(b, c, "Brothers-in-law since 2021.");
            mo.users().grant("clerk", "Declaration", granted.id());
        }

        private Declaration declare(Officer a, Officer b, String description) {
            return mo.relationships().declare(Declaration.declared(PersonRef.officer(a.id()), PersonRef.officer(b.id()),
                    RelationshipKind.FAMILY, null, null, PersonRef.officer(a.id()), LocalDate.of(2026, 3, 2),
                    NotificationMethod.IN_WRITING, NotifiedTo.MONITORING_OFFICER, description));
        }

        /** Another Probity on the same database, signed in as {@code login}. */
        AppContext as(String login) {
            AppContext other = new AppContext(database, Optional.empty(), CLOCK, "os-user");
            other.users().signIn(login, PASSWORD);
            return other;
        }

        @Override
        public void close() {
            database.close();
        }
    }

    private static Officer officer(String staff, String forenames, String surname, Long directorate) {
        return new Officer(null, staff, forenames, surname, "Officer", directorate, null, 5, null, false, null,
                LocalDate.of(2015, 4, 1), null, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aClerkAskingForAConfidentialDescriptionNotGrantedIsRefusedByTheService(TestDatabases.Kind kind) {
        try (Office office = new Office(kind)) {
            AppContext clerk = office.as("clerk");

            assertThatThrownBy(() -> clerk.relationships().description(office.notGranted.id()))
                    .isInstanceOf(PermissionDeniedException.class)
                    .hasMessageContaining("have not been shared with you (clerk, Clerk)");
            assertThat(clerk.relationships().description(office.granted.id())).isEqualTo("Married in 2019.");
            assertThat(clerk.relationships().declaration(office.notGranted.id()).orElseThrow().description())
                    .as("left out of the record too").isNull();
            assertThat(clerk.relationships().declarations()).extracting(Declaration::description)
                    .containsExactlyInAnyOrder("Married in 2019.", null);
            assertThat(clerk.relationships().history(office.notGranted.id()).get(0).after())
                    .containsEntry("Description", "(confidential)");
            assertThat(office.mo.relationships().description(office.notGranted.id()))
                    .isEqualTo("Brothers-in-law since 2021.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aClerkSeesThePartiesAndSummaryOnlyOfComplaintsGrantedToThem(TestDatabases.Kind kind) {
        try (Office office = new Office(kind)) {
            Member member = office.mo.people().saveMember(new Member(null, null, "Jane", "Smith",
                    org.probity.people.MemberKind.ELECTED, LocalDate.of(2022, 5, 5), null, null, List.of(),
                    List.of(), List.of()));
            Officer patel = office.mo.people().officers().stream().filter(o -> o.surname().equals("Patel"))
                    .findFirst().orElseThrow();
            org.probity.complaints.ComplaintService moComplaints = office.mo.complaints();
            java.util.function.Function<String, Complaint> log = summary -> {
                Complaint draft = Complaint.logged(LocalDate.of(2026, 11, 2), ReceivedHow.EMAIL,
                        ComplaintDirection.OFFICER_ABOUT_MEMBER, PersonRef.officer(patel.id()),
                        PersonRef.member(member.id()), ComplaintCategory.DISRESPECT, null, summary, false, null, null);
                Complaint proposed = Complaint.logged(draft.receivedOn(), draft.receivedHow(), draft.direction(),
                        draft.complainant(), draft.subject(), draft.category(), null, summary, false,
                        moComplaints.propose(draft.direction(), draft.complainant(), draft.subject(), false).route(), null);
                return moComplaints.log(proposed, null);
            };
            Complaint granted = log.apply("Shouted at in a meeting.");
            Complaint other = log.apply("Copied into a hostile e-mail.");
            office.mo.users().grant("clerk", "Complaint", granted.id());
            AppContext clerk = office.as("clerk");

            Complaint seen = clerk.complaints().complaint(granted.id()).orElseThrow();
            assertThat(seen.summary()).isEqualTo("Shouted at in a meeting.");
            assertThat(seen.complainant()).isEqualTo(PersonRef.officer(patel.id()));
            Complaint hidden = clerk.complaints().complaint(other.id()).orElseThrow();
            assertThat(hidden.summary()).isNull();
            assertThat(hidden.complainant()).isNull();
            assertThat(hidden.subject()).isNull();
            assertThat(clerk.complaints().history(other.id()).get(0).after())
                    .containsEntry("Summary", "(confidential)").containsEntry("Complainant", "(confidential)");
            assertThat(clerk.complaints().involving(PersonRef.member(member.id()))).extracting(Complaint::id)
                    .containsExactly(granted.id());
            assertThat(clerk.complaints().maySeeConfidential()).as("a whole-register export").isFalse();
            assertThat(office.mo.complaints().complaint(other.id()).orElseThrow().summary())
                    .isEqualTo("Copied into a hostile e-mail.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aClerkEditingADeclarationTheyCannotSeeDoesNotWipeItsDescription(TestDatabases.Kind kind) {
        try (Office office = new Office(kind)) {
            AppContext clerk = office.as("clerk");
            Declaration seen = clerk.relationships().declaration(office.notGranted.id()).orElseThrow();

            clerk.relationships().update(seen);

            assertThat(office.mo.relationships().description(office.notGranted.id()))
                    .isEqualTo("Brothers-in-law since 2021.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void readOnlyChangesNothingInAnyService(TestDatabases.Kind kind) {
        try (Office office = new Office(kind)) {
            AppContext reader = office.as("reader");
            int wards = reader.people().wards().size();

            assertThatThrownBy(() -> reader.people().saveWard(new Ward(null, "Castle")))
                    .isInstanceOf(PermissionDeniedException.class)
                    .hasMessageContaining("read-only access").hasMessageContaining("Nothing was saved");
            assertThatThrownBy(() -> reader.relationships().end(office.granted.id(), LocalDate.of(2026, 11, 20),
                    "Divorced.")).isInstanceOf(PermissionDeniedException.class);
            assertThat(reader.relationships().declaration(office.granted.id()).orElseThrow().endedOn()).isNull();

            assertThat(reader.people().wards()).hasSize(wards);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void nobodyChangesAnythingBeforeSigningInOnceAccountsExistAndTheTrailNamesWhoDid(TestDatabases.Kind kind) {
        try (Office office = new Office(kind)) {
            AppContext unsigned = new AppContext(office.database, Optional.empty(), CLOCK, "os-user");
            assertThatThrownBy(() -> unsigned.people().saveWard(new Ward(null, "Castle")))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> unsigned.users().signIn("clerk", "wrong password"))
                    .isInstanceOf(SignInException.class).hasMessageContaining("not right");

            AppContext clerk = office.as("clerk");
            Ward ward = clerk.people().saveWard(new Ward(null, "Castle"));

            assertThat(clerk.people().history("Ward", ward.id())).singleElement()
                    .satisfies(entry -> assertThat(entry.user()).isEqualTo("clerk"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void onlyTheMonitoringOfficerManagesAccountsAndTheFirstAccountIsTheirs(TestDatabases.Kind kind) {
        try (Database database = kind.open()) {
            AppContext app = new AppContext(database, Optional.empty(), CLOCK, "os-user");
            assertThatThrownBy(() -> app.users().create("clerk", "Casey", Role.CLERK, PASSWORD))
                    .isInstanceOf(ValidationException.class);
            app.users().create("mo", "Monitoring Officer", Role.MONITORING_OFFICER, PASSWORD);
            app.users().create("deputy", "Dee Deputy", Role.DEPUTY, PASSWORD);

            AppContext deputy = new AppContext(database, Optional.empty(), CLOCK, "os-user");
            deputy.users().signIn("deputy", PASSWORD);
            assertThatThrownBy(() -> deputy.users().create("clerk", "Casey", Role.CLERK, PASSWORD))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> deputy.users().grant("deputy", "Declaration", 1))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThat(app.users().accounts()).extracting(UserAccount::loginName).containsExactly("deputy", "mo");
        }
    }

    @org.junit.jupiter.api.Test
    void theCommandLineAsksWhoIsThereOnceAccountsExist(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dataDir) {
        try (AppContext app = AppContext.openEmbedded(dataDir)) {
            app.users().create("mo", "Monitoring Officer", Role.MONITORING_OFFICER, PASSWORD);
        }
        java.io.StringWriter err = new java.io.StringWriter();

        int code = org.probity.cli.Launcher.run(new String[] {"--data-dir", dataDir.toString(), "verify"},
                new java.io.PrintWriter(new java.io.StringWriter(), true), new java.io.PrintWriter(err, true), d -> { });

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("probity: this Probity has user accounts: sign in with --user NAME."
                + System.lineSeparator());
    }

    @org.junit.jupiter.api.Test
    void wrongPasswordsAreMetWithAGrowingDelay() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 10, 50).stream().map(SignInThrottle::delayAfter).toList())
                .containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(2),
                        Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofMinutes(1), Duration.ofMinutes(1));
    }

    @org.junit.jupiter.api.Test
    void passwordsAreKeptOnlyAsSaltedHashes() {
        String stored = PasswordHash.of(PASSWORD);
        assertThat(stored).doesNotContain(PASSWORD).isNotEqualTo(PasswordHash.of(PASSWORD));
        assertThat(PasswordHash.matches(PASSWORD, stored)).isTrue();
        assertThat(PasswordHash.matches(PASSWORD + "!", stored)).isFalse();
    }
}
