package org.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayRegion;
import org.probity.people.AuthorityProfile;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PersonRef;
import org.probity.relationships.Declaration;
import org.probity.relationships.NotificationMethod;
import org.probity.relationships.NotifiedTo;
import org.probity.relationships.RelationshipKind;
import org.probity.demo.DemoProtocols;
import org.probity.reports.PdfChecks;

class ReportCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int probity(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true), w -> { });
    }

    private void authority(Path data) {
        try (AppContext app = AppContext.openEmbedded(data)) {
            app.people().saveProfile(AuthorityProfile.withDefaults("Riverside Borough Council",
                    BankHolidayRegion.ENGLAND_AND_WALES));
            Officer officer = app.people().saveOfficer(new Officer(null, "S1", "Sam", "Jones", "Planning Officer",
                    null, null, 5, null, false, null, LocalDate.of(2020, 1, 6), null, null));
            Member member = app.people().saveMember(new Member(null, "Cllr", "Ann", "Green", MemberKind.ELECTED,
                    LocalDate.of(2023, 5, 4), LocalDate.of(2027, 5, 6), null, List.of(), List.of(), List.of()));
            app.relationships().declare(Declaration.declared(PersonRef.member(member.id()),
                    PersonRef.officer(officer.id()), RelationshipKind.FAMILY, null, LocalDate.of(2010, 1, 1),
                    PersonRef.officer(officer.id()), LocalDate.of(2025, 6, 2), NotificationMethod.values()[0],
                    NotifiedTo.values()[0], "Cousins"));
        }
    }

    @Test
    void theAnnualReportIsWrittenOpenOrExemptAsPdfOrWord() throws Exception {
        Path data = dir.resolve("data");
        authority(data);
        Path open = dir.resolve("open.pdf");
        assertThat(probity("--data-dir", data.toString(), "report", "annual", "--year", "2025", "--out",
                open.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Wrote the open annual report for 2025 to " + open);
        String openText = PdfChecks.text(Files.readAllBytes(open)).replaceAll("\\s+", " ");
        assertThat(openText).contains("Riverside Borough Council", "REL-2025-0001", "unaffiliated")
                .doesNotContain("Ann Green", "Sam Jones", "Cousins");

        Path exempt = dir.resolve("exempt.docx");
        assertThat(probity("--data-dir", data.toString(), "report", "annual", "--year", "2025", "--out",
                exempt.toString(), "--classification", "exempt", "--exemption", "2")).as(err.toString()).isZero();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(exempt))) {
            String all = doc.getTables().stream().map(t -> t.getText()).reduce("", String::concat)
                    + doc.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat);
            assertThat(all).contains("Cllr Ann Green", "Sam Jones", "Cousins", "paragraph 2 of Part 1");
        }
    }

    @Test
    void aRegisterExtractIsWrittenAndMistakesAreExplained() throws Exception {
        Path data = dir.resolve("data");
        authority(data);
        Path file = dir.resolve("extract.pdf");
        assertThat(probity("--data-dir", data.toString(), "report", "register", "relationships", "--out",
                file.toString(), "--from", "1/1/2025", "--to", "31/12/2025", "--accessible")).as(err.toString())
                .isZero();
        assertThat(PdfChecks.text(Files.readAllBytes(file)).replaceAll("\\s+", " "))
                .contains("Register of declared relationships: 1 Jan 2025 to 31 Dec 2025", "REL-2025-0001");

        assertThat(probity("--data-dir", data.toString(), "report", "annual", "--year", "2025", "--out",
                file.toString(), "--classification", "secret")).isEqualTo(1);
        assertThat(err.toString()).contains("'secret' is not a classification; use open or exempt");
        assertThat(probity("--data-dir", data.toString(), "report", "register", "secrets", "--out",
                file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("There is no register called \u201csecrets\u201d",
                "relationships, group-meetings, enquiries, complaints");
        assertThat(probity("--data-dir", data.toString(), "report", "annual", "--year", "2025", "--out",
                dir.resolve("missing/report.pdf").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist");
    }

    @Test
    void aProtocolReviewReportIsWrittenForTheReviewChosenByNumber() throws Exception {
        Path data = dir.resolve("data");
        authority(data);
        try (AppContext app = AppContext.openEmbedded(data)) {
            new DemoProtocols(app.protocols(), app.reviews(), app.clock()).load();
        }
        assertThat(probity("--data-dir", data.toString(), "report", "review")).as(err.toString()).isZero();
        String listed = out.toString().strip();
        assertThat(listed).contains("Member/Officer Relations Protocol, review of version 2 opened");
        String number = listed.substring(0, listed.indexOf(':'));

        Path file = dir.resolve("review.pdf");
        assertThat(probity("--data-dir", data.toString(), "report", "review", "--review", number, "--out",
                file.toString(), "--accessible")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Wrote Review of the Member/Officer Relations Protocol to " + file);
        assertThat(PdfChecks.text(Files.readAllBytes(file)).replaceAll("\\s+", " "))
                .contains("Riverside Borough Council", "The Standards Committee met on", "Priya Raman");

        assertThat(probity("--data-dir", data.toString(), "report", "review", "--review", "42", "--out",
                file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("There is no review \u201c42\u201d; give the number of one of these: "
                + number + " Member/Officer Relations Protocol");
        assertThat(probity("--data-dir", data.toString(), "report", "review", "--out", file.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--review is needed");
    }
}
