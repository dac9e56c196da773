package org.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayRegion;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintDecision;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ComplaintOutcome;
import org.probity.complaints.ComplaintRoute;
import org.probity.complaints.ComplaintService;
import org.probity.complaints.ReceivedHow;
import org.probity.people.AuthorityProfile;
import org.probity.people.Directorate;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PersonRef;
import org.probity.people.StatutoryRole;

class ComplaintCommandsTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int probity(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true), w -> { });
    }

    /** The same people in any folder; with {@code complaints}, two closed in 2025 and one open since 2025. */
    private static void authority(Path data, boolean complaints) {
        try (AppContext app = AppContext.openEmbedded(data)) {
            app.people().saveProfile(AuthorityProfile.withDefaults("Riverside Borough Council",
                    BankHolidayRegion.ENGLAND_AND_WALES));
            Directorate place = app.people().saveDirectorate(new Directorate(null, "Place"));
            Officer chief = app.people().saveOfficer(new Officer(null, "S0", "Helen", "Barker", "Chief Executive",
                    null, null, 1, null, false, StatutoryRole.HEAD_OF_PAID_SERVICE, LocalDate.of(2015, 1, 5), null,
                    null));
            Officer director = app.people().saveOfficer(new Officer(null, "S2", "Ruth", "Okafor", "Director of Place",
                    place.id(), null, 2, chief.id(), false, null, LocalDate.of(2015, 1, 5), null, null));
            Officer officer = app.people().saveOfficer(new Officer(null, "S1", "Sam", "Jones", "Housing Officer",
                    place.id(), null, 5, director.id(), false, null, LocalDate.of(2020, 1, 6), null, null));
            app.people().saveOfficer(new Officer(null, "S9", "Grace", "Ellis", "Monitoring Officer", place.id(),
                    null, 3, director.id(), false, StatutoryRole.MONITORING_OFFICER, LocalDate.of(2015, 1, 5), null,
                    null));
            Member green = app.people().saveMember(new Member(null, "Cllr", "Ann", "Green", MemberKind.ELECTED,
                    LocalDate.of(2023, 5, 4), LocalDate.of(2027, 5, 6), null, List.of(), List.of(), List.of()));
            Member brown = app.people().saveMember(new Member(null, "Cllr", "Tom", "Brown", MemberKind.ELECTED,
                    LocalDate.of(2023, 5, 4), LocalDate.of(2027, 5, 6), null, List.of(), List.of(), List.of()));
            if (!complaints) {
                return;
            }
            ComplaintService s = app.complaints();
            Complaint first = s.log(Complaint.logged(LocalDate.of(2025, 3, 3), ReceivedHow.EMAIL,
                    ComplaintDirection.MEMBER_ABOUT_OFFICER, PersonRef.member(green.id()),
                    PersonRef.officer(officer.id()), ComplaintCategory.POLITICAL_NEUTRALITY, "para 12",
                    "=Partisan remarks at a briefing", false, ComplaintRoute.DIRECTOR, null), null);
            s.decide(first.id(), new ComplaintDecision(ComplaintOutcome.NOT_UPHELD, LocalDate.of(2025, 3, 20), null,
                    "Brief officers on neutrality.", false, null));
            Complaint second = s.log(Complaint.logged(LocalDate.of(2025, 4, 1), ReceivedHow.LETTER,
                    ComplaintDirection.OFFICER_ABOUT_MEMBER, PersonRef.officer(officer.id()),
                    PersonRef.member(brown.id()), ComplaintCategory.UNDUE_PRESSURE, null, "Pressed for a decision.",
                    false, ComplaintRoute.LINE_MANAGER, null), null);
            s.decide(second.id(), new ComplaintDecision(ComplaintOutcome.RESOLVED_INFORMALLY,
                    LocalDate.of(2025, 4, 8), null, null, false, null));
            s.log(Complaint.logged(LocalDate.of(2025, 6, 2), ReceivedHow.EMAIL,
                    ComplaintDirection.MEMBER_ABOUT_MEMBER, PersonRef.member(green.id()),
                    PersonRef.member(brown.id()), ComplaintCategory.DISRESPECT, null, "Personal remarks.", false,
                    ComplaintRoute.CODE_OF_CONDUCT, null), null);
        }
    }

    @Test
    void anExportLeavesConfidentialFieldsOutUnlessAskedAndImportsIntoAnotherFolderAfterADryRun() throws Exception {
        Path from = dir.resolve("from");
        Path to = dir.resolve("to");
        authority(from, true);
        authority(to, false);
        Path plain = dir.resolve("complaints.csv");
        Path full = dir.resolve("complaints.xlsx");

        assertThat(probity("--data-dir", from.toString(), "export", "complaints", plain.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("Exported 3 complaints to " + plain + ".");
        String text = Files.readString(plain, StandardCharsets.UTF_8);
        assertThat(text).contains("CMP-2025-0001").contains("Political neutrality").doesNotContain("Ann Green")
                .doesNotContain("Partisan").doesNotContain("Complainant");
        assertThat(probity("--data-dir", to.toString(), "import", "complaints", plain.toString(), "--dry-run"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("the file has no 'Complainant', 'Complained about' columns")
                .contains("unless asked to include confidential fields");

        assertThat(probity("--data-dir", from.toString(), "export", "complaints", full.toString(),
                "--include-confidential")).isZero();
        assertThat(out.toString().strip()).isEqualTo("Exported 3 complaints, with complainants, subjects and"
                + " summaries, to " + full + ".");
        assertThat(probity("--data-dir", to.toString(), "import", "complaints", full.toString(), "--dry-run"))
                .isZero();
        assertThat(out.toString().strip()).isEqualTo("3 complaints would be imported; no problems found.");
        assertThat(probity("--data-dir", to.toString(), "list", "complaints", "--format", "csv")).isZero();
        assertThat(out.toString().lines()).hasSize(1);

        assertThat(probity("--data-dir", to.toString(), "import", "complaints", full.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("Imported 3 complaints.");
        try (AppContext app = AppContext.openEmbedded(to)) {
            Complaint first = app.complaints().all().get(0);
            assertThat(first.reference().toString()).isEqualTo("CMP-2025-0001");
            assertThat(first.summary()).isEqualTo("=Partisan remarks at a briefing");
            assertThat(first.decision().outcome()).isEqualTo(ComplaintOutcome.NOT_UPHELD);
            assertThat(first.decision().learningPoints()).isEqualTo("Brief officers on neutrality.");
            assertThat(app.complaints().history(first.id())).hasSize(1);
        }
    }

    @Test
    void aBadImportPrintsEachProblemByRowAndColumnAndRecordsNothing() throws Exception {
        Path data = dir.resolve("data");
        authority(data, false);
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "Received on,Direction,Complainant,Complained about,Category,Route\n"
                + "2025-05-01,Member about an officer,Cllr Ann Green,Sam Jones,Lobbying,\n"
                + "2025-02-30,Member about an officer,Cllr Ann Green,Nobody Here,Lobbying,\n"
                + "2025-05-02,Member about an officer,Cllr Ann Green,Sam Jones,Gossip,The Monitoring Officer\n"
                + "2025-05-03,Member about an officer,Cllr Ann Green,Sam Jones,Lobbying,The Monitoring Officer\n",
                StandardCharsets.UTF_8);

        assertThat(probity("--data-dir", data.toString(), "import", "complaints", file.toString())).isEqualTo(1);

        assertThat(err.toString().lines().toList()).containsExactly(
                "Row 3, column 'Received on': 2025-02-30 is not a real date (use 23/11/2026, 23 Nov 2026 or"
                        + " 2026-11-23).",
                "Row 3, column 'Complained about': there is no officer called 'Nobody Here' in the people"
                        + " directory.",
                "Row 4, column 'Category': 'Gossip' is not one of: Disrespect; Undue pressure on junior staff;"
                        + " Political neutrality; Confidentiality; Lobbying; Bullying or harassment; Other.",
                "Row 5, column 'Reason for the route': Give the reason for sending this complaint to The Monitoring"
                        + " Officer instead of The officer's Director, the route the rules propose.",
                "Nothing was imported: the file has 4 problems.");
        try (AppContext app = AppContext.openEmbedded(data)) {
            assertThat(app.complaints().count()).as("the good first row is not written either").isZero();
        }
    }

    @Test
    void theListShowsNoNamesPutsOverdueFirstAndCanShowOnlyThose() {
        Path data = dir.resolve("data");
        authority(data, true);

        assertThat(probity("--data-dir", data.toString(), "list", "complaints")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("Reference").contains("Stage").contains("Next due");
        assertThat(lines.get(1)).startsWith("CMP-2025-0003").contains("Member about a member")
                .contains("Acknowledgement").contains("Overdue").contains("overdue by");
        assertThat(lines.subList(2, 4)).extracting(l -> l.substring(0, 13))
                .containsExactly("CMP-2025-0002", "CMP-2025-0001");
        assertThat(out.toString()).doesNotContain("Ann Green").doesNotContain("Tom Brown");

        assertThat(probity("--data-dir", data.toString(), "list", "complaints", "--overdue", "--format", "csv"))
                .isZero();
        assertThat(out.toString().lines().toList()).hasSize(2);
        assertThat(out.toString().lines().toList().get(1)).startsWith("CMP-2025-0003,2025-06-02,Member about a"
                + " member,Disrespect,Monitoring Officer's code-of-conduct procedure,Acknowledgement,Grace Ellis,"
                + "2025-06-09,Overdue,overdue by");
    }
}
