package org.probity.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayRegion;
import org.probity.enquiries.ConsentBasis;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryChannel;
import org.probity.enquiries.EnquiryKind;
import org.probity.enquiries.EnquiryService;
import org.probity.people.AuthorityProfile;
import org.probity.people.Directorate;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.ServiceArea;
import org.probity.people.Ward;
import org.probity.storage.TestDatabases;
import org.probity.storage.schema.Tables;

class EnquiryTransferTest {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), UK);

    @TempDir
    Path dir;

    /** The same people in any data folder: what an export is imported against. */
    static final class Authority {
        final AppContext app;
        final Member green;
        final Member white;
        final Ward abbey;
        final ServiceArea housing;
        final Officer director;
        final Officer head;
        final Officer jonesHousing;
        final Officer jonesRepairs;

        Authority(TestDatabases.Kind kind) {
            app = new AppContext(kind.open(), Optional.empty(), CLOCK, "clerk");
            PeopleService people = app.people();
            people.saveProfile(AuthorityProfile.withDefaults("Riverside Borough Council",
                    BankHolidayRegion.ENGLAND_AND_WALES));
            Directorate place = people.saveDirectorate(new Directorate(null, "Place"));
            housing = people.saveServiceArea(new ServiceArea(null, "Housing", place.id()));
            abbey = people.saveWard(new Ward(null, "Abbey"));
            people.saveWard(new Ward(null, "Castle"));
            LocalDate start = LocalDate.of(2020, 1, 6);
            director = people.saveOfficer(new Officer(null, "D1", "Dana", "Reid", "Director of Place", place.id(),
                    null, 2, null, true, null, start, null, null));
            head = people.saveOfficer(new Officer(null, "H1", "Hari", "Patel", "Head of Housing", place.id(),
                    housing.id(), 3, director.id(), true, null, start, null, null));
            jonesHousing = people.saveOfficer(new Officer(null, "S100", "Sam", "Jones", "Housing Officer",
                    place.id(), housing.id(), 5, head.id(), false, null, start, null, null));
            jonesRepairs = people.saveOfficer(new Officer(null, "S200", "Sam", "Jones", "Repairs Officer",
                    place.id(), housing.id(), 5, head.id(), false, null, start, null, null));
            green = people.saveMember(new Member(null, "Cllr", "Ann", "Green", MemberKind.ELECTED,
                    LocalDate.of(2023, 5, 4), LocalDate.of(2027, 5, 6), null, List.of(), List.of(abbey.id()),
                    List.of()));
            white = people.saveMember(new Member(null, "Cllr", "Bob", "White", MemberKind.ELECTED,
                    LocalDate.of(2023, 5, 4), LocalDate.of(2027, 5, 6), null, List.of(), List.of(), List.of()));
        }

        /** Enquiries in every state, with awkward text. */
        void enquiries() {
            EnquiryService s = app.enquiries();
            Enquiry answered = s.record(Enquiry.received(green.id(), LocalDate.of(2026, 3, 2), EnquiryChannel.EMAIL,
                    "=SUM(A1) in the rent statement", "Line one\nline two, with a comma", EnquiryKind.WARD_CASEWORK,
                    abbey.id(), housing.id(), jonesHousing.id(), ConsentBasis.WARD_MEMBER));
            s.answer(answered.id(), LocalDate.of(2026, 3, 5));
            Enquiry late = s.record(Enquiry.received(white.id(), LocalDate.of(2026, 4, 1), EnquiryChannel.TELEPHONE,
                    "Repairs backlog", null, EnquiryKind.SERVICE_REQUEST_CHASE, null, housing.id(),
                    jonesRepairs.id(), null).withTarget(10, "Contractor's survey needed"));
            s.sendHoldingReply(late.id(), LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 28));
            s.escalate(late.id(), LocalDate.of(2026, 4, 29), head.id(), "Late: chased by the member");
            s.escalate(late.id(), LocalDate.of(2026, 5, 1), director.id(), null);
            s.answer(late.id(), LocalDate.of(2026, 5, 6));
            Enquiry refused = s.record(Enquiry.received(white.id(), LocalDate.of(2026, 6, 1), EnquiryChannel.LETTER,
                    "Tenancy details of a neighbour", null, EnquiryKind.INFORMATION_REQUEST, null, housing.id(),
                    head.id(), null));
            s.recordRefusal(refused.id(), org.probity.enquiries.Refusal.made(LocalDate.of(2026, 6, 3),
                    "Personal data about a third party.").writtenReasons(LocalDate.of(2026, 6, 4),
                    LocalDate.of(2026, 6, 8)).copiedToMonitoringOfficer(LocalDate.of(2026, 6, 4))
                    .advised(LocalDate.of(2026, 6, 10), "The refusal was right."));
            s.close(refused.id(), LocalDate.of(2026, 6, 11));
            s.record(Enquiry.received(green.id(), LocalDate.of(2026, 11, 18), EnquiryChannel.ONLINE_FORM,
                    "Streetlight out", null, EnquiryKind.WARD_CASEWORK, null, null, null,
                    ConsentBasis.NOT_NEEDED));
        }

        List<Map<String, String>> register() {
            EnquiryService s = app.enquiries();
            return s.receivedBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 1, 1)).stream().map(s::values)
                    .toList();
        }

        List<Integer> counts() {
            var dsl = app.database().session().dsl();
            return List.of(dsl.fetchCount(Tables.ENQUIRY), dsl.fetchCount(Tables.ENQUIRY_ESCALATION),
                    dsl.fetchCount(Tables.AUDIT_ENTRY));
        }

        EnquiryTransfer transfer() {
            return new EnquiryTransfer(app.enquiries(), app.people(), app.database().session());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"enquiries.csv", "enquiries.xlsx"})
    void anExportImportedIntoAnotherFolderWithTheSamePeopleGivesTheSameRegister(String name) {
        Path file = dir.resolve(name);
        Authority from = new Authority(new TestDatabases.Kind("H2", TestDatabases::h2));
        Authority to = new Authority(new TestDatabases.Kind("H2", TestDatabases::h2));
        try (AppContext a = from.app; AppContext b = to.app) {
            from.enquiries();

            int exported = from.transfer().export(file);
            EnquiryImportReport dryRun = to.transfer().check(file);
            EnquiryImportReport imported = to.transfer().importFile(file);

            assertThat(exported).isEqualTo(4);
            assertThat(dryRun.problems()).isEmpty();
            assertThat(dryRun.summary()).isEqualTo("4 enquiries would be imported; no problems found.");
            assertThat(imported.summary()).isEqualTo("Imported 4 enquiries.");
            assertThat(to.register()).isEqualTo(from.register());
            assertThat(to.register().get(1).get("Escalations")).contains("Hari Patel").contains("Dana Reid");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void everyBadRowIsListedOncePerColumnAndNothingIsRecorded(TestDatabases.Kind kind) throws Exception {
        Authority authority = new Authority(kind);
        try (AppContext app = authority.app) {
            authority.enquiries();
            List<Integer> before = authority.counts();
            Path file = dir.resolve("bad.csv");
            Files.writeString(file, String.join("\n",
                    "Councillor,Date received,Subject,Type,Consent,Assigned officer,Refused on,Reasons for refusal,"
                            + "Favourite colour",
                    "Cllr Zed Unknown,2026-10-01,Bins,Other,,,,,blue",
                    "Cllr Ann Green,31/02/2026,Bins,Other,,,,,",
                    "Cllr Bob White,2026-10-01,Tenancy,Information request,,,2026-10-02,,",
                    "Cllr Ann Green,2026-10-01,Rent arrears,Ward casework,,,,,",
                    "Cllr Ann Green,2026-10-01,Rent arrears,Other,,Sam Jones,,,",
                    "Cllr Ann Green,2026-10-01,Rent arrears,Other,,Hari Patel,,,",
                    "Cllr Ann Green,2099-10-01,Rent arrears,Sideways,,,,,") + "\n", StandardCharsets.UTF_8);

            EnquiryImportReport report = authority.transfer().importFile(file);

            assertThat(report.imported()).isFalse();
            assertThat(report.warnings()).extracting(ImportProblem::describe).containsExactly(
                    "Row 1, column 'Favourite colour': Probity does not keep this for enquiries, so the column is"
                            + " ignored.",
                    "Row 1: the file has no 'Received by' column, so every enquiry is recorded as received by email.");
            assertThat(report.problems()).extracting(p -> p.row() + " " + p.column()).containsExactly(
                    "2 Councillor", "3 Date received", "4 Reasons for refusal", "5 Consent",
                    "6 Assigned officer", "8 Date received", "8 Type");
            assertThat(report.problems().get(0).describe())
                    .isEqualTo("Row 2, column 'Councillor': there is no member called 'Cllr Zed Unknown' in the"
                            + " people directory's members.");
            assertThat(report.problems().get(4).message()).contains("2 officers are called 'Sam Jones'")
                    .contains("Housing Officer, staff number S100").contains("'Officer staff number'");
            assertThat(report.summary()).isEqualTo("Nothing was imported: the file has 7 problems.");
            assertThat(authority.counts()).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aReferenceAlreadyInTheRegisterIsRefusedAndOneLeftEmptyIsGivenTheNext(TestDatabases.Kind kind)
            throws Exception {
        Authority authority = new Authority(kind);
        try (AppContext app = authority.app) {
            authority.enquiries();
            Path file = dir.resolve("refs.csv");
            Files.writeString(file, "Reference,Member,Received on,Subject,Kind,Officer,Officer staff number\n"
                    + "ENQ-2026-00001,Cllr Ann Green,2026-10-01,Bins,Other,,\n"
                    + ",Ann Green,1 Oct 2026,Bins,Other,Sam Jones,S200\n", StandardCharsets.UTF_8);

            EnquiryImportReport refused = authority.transfer().importFile(file);
            assertThat(refused.problems()).extracting(ImportProblem::describe).containsExactly(
                    "Row 2, column 'Reference': duplicate enquiry: ENQ-2026-00001 is already in Probity. Remove this"
                            + " row, or leave the reference empty to record it as new.");

            Files.writeString(file, "Reference,Member,Received on,Subject,Kind,Officer,Officer staff number\n"
                    + ",Ann Green,1 Oct 2026,Bins,Other,Sam Jones,S200\n", StandardCharsets.UTF_8);
            EnquiryImportReport imported = authority.transfer().importFile(file);

            assertThat(imported.summary()).isEqualTo("Imported 1 enquiry.");
            Enquiry added = app.enquiries().enquiry(org.probity.enquiries.EnquiryReference.parse("ENQ-2026-00005")
                    .orElseThrow()).orElseThrow();
            assertThat(added.officerId()).isEqualTo(authority.jonesRepairs.id());
            assertThat(added.directorId()).isEqualTo(authority.director.id());
            assertThat(app.enquiries().history(added.id())).hasSize(1);
        }
    }
}
