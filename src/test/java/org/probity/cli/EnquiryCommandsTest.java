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
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryChannel;
import org.probity.enquiries.EnquiryKind;
import org.probity.enquiries.EnquiryService;
import org.probity.people.AuthorityProfile;
import org.probity.people.Directorate;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.ServiceArea;

class EnquiryCommandsTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int probity(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true), w -> { });
    }

    /** The same people in any folder; with {@code enquiries}, three from 2025 and one received today. */
    private static void authority(Path data, boolean enquiries) {
        try (AppContext app = AppContext.openEmbedded(data)) {
            app.people().saveProfile(AuthorityProfile.withDefaults("Riverside Borough Council",
                    BankHolidayRegion.ENGLAND_AND_WALES));
            Directorate place = app.people().saveDirectorate(new Directorate(null, "Place"));
            ServiceArea housing = app.people().saveServiceArea(new ServiceArea(null, "Housing", place.id()));
            ServiceArea planning = app.people().saveServiceArea(new ServiceArea(null, "Planning", place.id()));
            Officer officer = app.people().saveOfficer(new Officer(null, "S1", "Sam", "Jones", "Housing Officer",
                    place.id(), housing.id(), 5, null, false, null, LocalDate.of(2020, 1, 6), null, null));
            Member green = app.people().saveMember(new Member(null, "Cllr", "Ann", "Green", MemberKind.ELECTED,
                    LocalDate.of(2023, 5, 4), LocalDate.of(2027, 5, 6), null, List.of(), List.of(), List.of()));
            if (!enquiries) {
                return;
            }
            EnquiryService s = app.enquiries();
            Enquiry quick = s.record(Enquiry.received(green.id(), LocalDate.of(2025, 3, 3), EnquiryChannel.EMAIL,
                    "Bins in Abbey Road", null, EnquiryKind.OTHER, null, housing.id(), officer.id(), null));
            s.answer(quick.id(), LocalDate.of(2025, 3, 5));
            Enquiry late = s.record(Enquiry.received(green.id(), LocalDate.of(2025, 3, 10), EnquiryChannel.EMAIL,
                    "=Rent statement", null, EnquiryKind.OTHER, null, planning.id(), officer.id(), null));
            s.answer(late.id(), LocalDate.of(2025, 3, 24));
            s.record(Enquiry.received(green.id(), LocalDate.of(2025, 6, 2), EnquiryChannel.LETTER,
                    "Damp in a flat", null, EnquiryKind.OTHER, null, housing.id(), officer.id(), null));
            s.record(Enquiry.received(green.id(), s.today(), EnquiryChannel.TELEPHONE, "Streetlight out", null,
                    EnquiryKind.OTHER, null, housing.id(), officer.id(), null));
        }
    }

    @Test
    void anExportedRegisterImportsIntoAnotherFolderAfterADryRun() {
        Path from = dir.resolve("from");
        Path to = dir.resolve("to");
        authority(from, true);
        authority(to, false);
        Path file = dir.resolve("enquiries.xlsx");

        assertThat(probity("--data-dir", from.toString(), "export", "enquiries", file.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("Exported 4 enquiries to " + file + ".");

        assertThat(probity("--data-dir", to.toString(), "import", "enquiries", file.toString(), "--dry-run"))
                .isZero();
        assertThat(out.toString().strip()).isEqualTo("4 enquiries would be imported; no problems found.");
        assertThat(probity("--data-dir", to.toString(), "list", "enquiries", "--format", "csv")).isZero();
        assertThat(out.toString().lines()).hasSize(1);

        assertThat(probity("--data-dir", to.toString(), "import", "enquiries", file.toString())).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().strip()).isEqualTo("Imported 4 enquiries.");
        assertThat(probity("--data-dir", to.toString(), "list", "enquiries", "--format", "csv")).isZero();
        assertThat(out.toString().lines()).hasSize(5);
    }

    @Test
    void aBadImportPrintsEachProblemAndTheSummaryAndRecordsNothing() throws Exception {
        Path data = dir.resolve("data");
        authority(data, true);
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "Member,Received on,Subject,Kind\nCllr Ann Green,2025-02-30,Bins,Other\n"
                + "Cllr Ann Green,2025-02-03,,Other\n", StandardCharsets.UTF_8);

        int code = probity("--data-dir", data.toString(), "import", "enquiries", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly(
                "Warning: Row 1: the file has no 'Received by' column, so every enquiry is recorded as received by"
                        + " email.",
                "Row 2, column 'Received on': 2025-02-30 is not a real date (use 23/11/2026, 23 Nov 2026 or"
                        + " 2026-11-23).",
                "Row 3, column 'Subject': The subject is required.",
                "Nothing was imported: the file has 2 problems.");
        try (AppContext app = AppContext.openEmbedded(data)) {
            assertThat(app.enquiries().count()).isEqualTo(4);
        }
    }

    @Test
    void theListPutsOverdueEnquiriesFirstAndCanShowOnlyThose() {
        Path data = dir.resolve("data");
        authority(data, true);

        assertThat(probity("--data-dir", data.toString(), "list", "enquiries")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("Reference").contains("Received").contains("Status");
        assertThat(lines.get(1)).contains("ENQ-2025-00003").contains("2 Jun 2025").contains("Damp in a flat")
                .contains("overdue by");
        assertThat(lines.get(2)).contains("Streetlight out").contains("due in 5 working days");
        assertThat(lines.subList(3, 5)).extracting(l -> l.substring(0, 14))
                .containsExactly("ENQ-2025-00002", "ENQ-2025-00001");

        assertThat(probity("--data-dir", data.toString(), "list", "enquiries", "--overdue", "--format", "csv"))
                .isZero();
        assertThat(out.toString().lines().toList()).hasSize(2);
        assertThat(out.toString().lines().toList().get(1)).startsWith("ENQ-2025-00003,2025-06-02,Cllr Ann Green,"
                + "Damp in a flat,Other,Sam Jones,2025-06-09,Open,overdue by");
    }

    @Test
    void statsPrintTheYearsFiguresOverallAndPerGroupInWorkingDays() {
        Path data = dir.resolve("data");
        authority(data, true);

        int code = probity("--data-dir", data.toString(), "stats", "enquiries", "--from", "1 Jan 2025", "--to",
                "31/12/2025");

        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("Members' enquiries received 1 Jan 2025 to 31 Dec 2025, as of ");
        assertThat(lines.get(2).split("\\s{2,}")).containsExactly("Service area", "Count", "Answered",
                "Within target", "Median days", "90th percentile days", "Holding replies", "Escalations", "Refusals");
        // Replied in 2 and 10 working days; the third is late and unanswered, so 1 of 3 judged is within target.
        assertThat(lines.get(3).split("\\s{2,}")).containsExactly("All enquiries", "3", "2", "33.3%", "2", "10",
                "0", "0", "0");
        assertThat(lines.get(4).split("\\s{2,}")).containsExactly("Housing", "2", "1", "50.0%", "2", "2", "0",
                "0", "0");
        assertThat(lines.get(5).split("\\s{2,}")).containsExactly("Planning", "1", "1", "0.0%", "10", "10", "0",
                "0", "0");

        assertThat(probity("--data-dir", data.toString(), "stats", "enquiries", "--from", "2025-01-01", "--to",
                "2025-12-31", "--by", "officer")).isZero();
        assertThat(out.toString().lines().toList().get(4)).startsWith("Jones, Sam");
    }

    @Test
    void badDatesOrAPeriodBackToFrontAreOneLineErrors() {
        Path data = dir.resolve("data");

        assertThat(probity("--data-dir", data.toString(), "stats", "enquiries", "--from", "2025-13-01", "--to",
                "2025-12-31")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("probity: --from '2025-13-01' is not a date; use 23/11/2026,"
                + " 23 Nov 2026 or 2026-11-23.");

        assertThat(probity("--data-dir", data.toString(), "stats", "enquiries", "--from", "2025-12-31", "--to",
                "2025-01-01")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("probity: the period starts (--from 31 Dec 2025) after it ends"
                + " (--to 1 Jan 2025); swap the dates.");

        assertThat(probity("--data-dir", data.toString(), "stats", "enquiries", "--from", "2025-01-01", "--to",
                "2025-12-31", "--by", "ward")).isEqualTo(1);
        assertThat(err.toString().lines()).hasSize(1);
    }
}
