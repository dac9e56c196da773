package org.probity.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayRegion;
import org.probity.cli.Launcher;
import org.probity.people.AuthorityProfile;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PersonRef;
import org.probity.relationships.Declaration;
import org.probity.relationships.NotificationMethod;
import org.probity.relationships.NotifiedTo;
import org.probity.relationships.RelationshipKind;
import org.probity.reports.PdfChecks;

class PublishCommandTest {

    @TempDir
    Path dir;

    private Path data;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int probity(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Launcher.run(all, new PrintWriter(out, true), new PrintWriter(err, true), w -> { });
    }

    /** Riverside, with one officer who declared a cousin among the members in June 2025. */
    @BeforeEach
    void authority() {
        data = dir.resolve("data");
        try (AppContext app = AppContext.openEmbedded(data)) {
            app.people().saveProfile(AuthorityProfile.withDefaults("Riverside Borough Council",
                    BankHolidayRegion.ENGLAND_AND_WALES));
            PersonRef officer = PersonRef.officer(app.people().saveOfficer(new Officer(null, "S1", "Sam", "Jones",
                    "Planning Officer", null, null, 5, null, false, null, LocalDate.of(2020, 1, 6), null, null)).id());
            PersonRef cousin = PersonRef.member(app.people().saveMember(new Member(null, "Cllr", "Ann", "Green",
                    MemberKind.ELECTED, LocalDate.of(2023, 5, 4), LocalDate.of(2027, 5, 6), null, List.of(),
                    List.of(), List.of())).id());
            Declaration cousins = Declaration.declared(cousin, officer, RelationshipKind.FAMILY, null,
                    LocalDate.of(2010, 1, 1), officer, LocalDate.of(2025, 6, 2), NotificationMethod.values()[0],
                    NotifiedTo.values()[0], "Cousins");
            app.relationships().declare(cousins);
        }
    }

    @Test
    void aRegisterIsPublishedWithoutNamesUnlessAPersonalColumnIsIncluded() throws Exception {
        Path pdf = dir.resolve("relationships.pdf");
        assertThat(probity("publish", "relationships", "--from", "1/1/2025", "--to", "31/12/2025", "--out",
                pdf.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Wrote Register of declared relationships: 1 Jan 2025 to 31 Dec 2025 to "
                + pdf + ". Rows: 1; columns: Reference, Declared, Relationship, Between, And, Decision, Status.");
        String text = PdfChecks.text(Files.readAllBytes(pdf)).replaceAll("\\s+", " ");
        assertThat(text).contains("Riverside Borough Council", "REL-2025-0001", "fewer than 3")
                .doesNotContain("Ann Green", "Sam Jones", "Cousins");
        assertThat(err.toString()).isEmpty();

        Path csv = dir.resolve("named.csv");
        assertThat(probity("publish", "relationships", "--from", "2025-01-01", "--to", "2025-12-31", "--out",
                csv.toString(), "--include", "Reference", "--include", "And (name)", "--show-small-counts"))
                .as(err.toString()).isZero();
        assertThat(err.toString()).contains("Warning: the extract includes personal data: And (name)");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFReference,And (name)\r\nREL-2025-0001,Sam Jones\r\n");
    }

    @Test
    void theCountsCanBePublishedAlone() throws Exception {
        Path csv = dir.resolve("counts.csv");
        assertThat(probity("publish", "relationships", "--from", "2025-01-01", "--to", "2025-12-31", "--out",
                csv.toString(), "--counts-only")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Counts only, by Relationship; 1 in all.");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFRelationship,Entries\r\nFamily,fewer than 3\r\nTotal,fewer than 3\r\n");
    }

    @Test
    void theColumnsCanBeListedAndMistakesAreExplained() {
        assertThat(probity("publish", "complaints", "--list-columns")).isZero();
        assertThat(out.toString()).contains("Category\n").contains("Summary  (personal: free text about the complaint)");
        assertThat(probity("publish", "relationships", "--out", dir.resolve("x.csv").toString(), "--include",
                "Address")).isEqualTo(1);
        assertThat(err.toString()).contains("has no column 'Address'");
        assertThat(probity("publish", "relationship", "--out", dir.resolve("x.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("choose one of relationships, group-meetings");
        assertThat(probity("publish", "relationships")).isEqualTo(1);
        assertThat(err.toString()).contains("--out");
        assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
    }
}
