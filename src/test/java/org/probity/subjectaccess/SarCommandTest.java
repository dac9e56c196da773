package org.probity.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;
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

class SarCommandTest {

    @TempDir
    Path dir;

    private Path data;
    private long memberId;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int probity(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true), w -> { });
    }

    /** Cllr Ann Green declared she is the cousin of Sam Jones, a planning officer. */
    @BeforeEach
    void authority() {
        data = dir.resolve("data");
        try (AppContext app = AppContext.openEmbedded(data)) {
            app.people().saveProfile(AuthorityProfile.withDefaults("Riverside Borough Council",
                    BankHolidayRegion.ENGLAND_AND_WALES));
            Officer officer = app.people().saveOfficer(new Officer(null, "S1", "Sam", "Jones", "Planning Officer",
                    null, null, 5, null, false, null, LocalDate.of(2020, 1, 6), null, null));
            Member member = app.people().saveMember(new Member(null, "Cllr", "Ann", "Green", MemberKind.ELECTED,
                    LocalDate.of(2023, 5, 4), LocalDate.of(2027, 5, 6), null, List.of(), List.of(), List.of()));
            memberId = member.id();
            app.relationships().declare(Declaration.declared(PersonRef.member(member.id()),
                    PersonRef.officer(officer.id()), RelationshipKind.FAMILY, null, LocalDate.of(2010, 1, 1),
                    PersonRef.member(member.id()), LocalDate.of(2025, 6, 2), NotificationMethod.values()[0],
                    NotifiedTo.values()[0], "Cousins; Sam Jones is her mother's nephew."));
        }
    }

    private static String entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return new String(file.getInputStream(file.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theExportIsWrittenWithTheThirdPartyRedactedAndSaysWhatItHolds() throws Exception {
        Path zip = dir.resolve("sar.zip");
        assertThat(probity("--data-dir", data.toString(), "sar", "--person", "member:" + memberId, "--out",
                zip.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).contains("Wrote 1 record, 0 attached files and")
                .contains("about Cllr Ann Green to " + zip)
                .contains("Redacted (name any with --disclose to leave it in): Sam Jones.");
        String csv = entry(zip, "records/declarations.csv");
        assertThat(csv).contains("Cllr Ann Green").contains("Cousins; [redacted: third party] is her mother's nephew.")
                .doesNotContain("Sam Jones");
        assertThat(entry(zip, "README.txt")).contains("Subject access export: Cllr Ann Green");
    }

    @Test
    void aNameGivenWithDiscloseIsLeftInAndThePersonCanBeGivenByName() throws Exception {
        Path zip = dir.resolve("disclosed.zip");
        assertThat(probity("--data-dir", data.toString(), "sar", "--person", "Ann Green", "--out", zip.toString(),
                "--disclose", "sam jones")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("disclosed: Sam Jones.").doesNotContain("Redacted (");
        assertThat(entry(zip, "records/declarations.csv")).contains("Cousins; Sam Jones is her mother's nephew.");
        try (AppContext app = AppContext.openEmbedded(data)) {
            assertThat(app.audit().history(SubjectAccessService.EXPORT, "member:" + memberId)).singleElement()
                    .satisfies(e -> assertThat(e.after()).containsEntry("Names disclosed", "Sam Jones"));
        }
    }

    @Test
    void aMissingFolderOrAnUnknownPersonIsOneLineSayingWhatToDo() {
        Path nowhere = dir.resolve("missing").resolve("sar.zip");
        assertThat(probity("--data-dir", data.toString(), "sar", "--person", "member:" + memberId, "--out",
                nowhere.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("probity: ").contains("does not exist").doesNotContain("\n");
        assertThat(Files.exists(nowhere.getParent())).isFalse();

        assertThat(probity("--data-dir", data.toString(), "sar", "--person", "Nobody Known", "--out",
                dir.resolve("x.zip").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("No member, officer or record names \u201cNobody Known\u201d");
        assertThat(dir.resolve("x.zip")).doesNotExist();
    }

    @Test
    void theHelpExplainsTheFormsOfPerson() {
        assertThat(probity("sar", "--help")).isZero();
        assertThat(out.toString()).contains("member:ID").contains("officer:ID").contains("--disclose=NAME");
    }
}
