package org.probity.groupmeetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.storage.TestDatabases;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class NoticeLetterTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    private static final String SUBJECT = "Housing allocations \u2014 draft policy & lettings";

    private static final TestDatabases.Kind H2 = new TestDatabases.Kind("H2", TestDatabases::h2);

    @TempDir
    Path folder;

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Path letters(GroupMeetingFixture f) {
        GroupMeeting m = f.register.save(f.request(f.labour, MeetingKind.PRIVATE_BRIEFING,
                LocalDate.of(2026, 12, 24), SUBJECT, f.samAttending(false),
                OfficerAttendance.attending(f.housingOfficer.id(), null, false)));
        return f.register.writeLetters(m.id(), folder.resolve(NoticeLetter.fileName(m.reference())));
    }

    @Test
    void eachOtherGroupsLeaderHasAPageSayingWhoGaveWhichBriefingOnTheLetterhead() throws Exception {
        try (GroupMeetingFixture f = new GroupMeetingFixture(H2, TODAY)) {
            Path file = letters(f);

            assertThat(file.getFileName()).hasToString("GRP-2026-0001 letters to groups.pdf");
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                // Conservative, Green and Independent: every group but the one that asked.
                assertThat(pdf.getNumberOfPages()).isEqualTo(3);
                String first = page(pdf, 1);
                assertThat(first).contains("Riverside Borough Council", "Tom Brown", "Leader of the Conservative Group",
                        "15 January 2027", "Our reference: GRP-2026-0001.",
                        "Officer briefing given to the Labour Group (GRP-2026-0001)", "Dear Cllr Tom Brown,",
                        "Housing allocations \u2014 draft policy & lettings", "Sam Patel (Head of Housing)",
                        "The same briefing is available to your group", "Yours sincerely", "Ruth Okafor",
                        "Monitoring Officer");
                assertThat(page(pdf, 2)).contains("Dear Cllr Ana N\u00fa\u00f1ez,", "Leader of the Green Group");
                // A group without a leader is still written to, through its office.
                assertThat(page(pdf, 3)).contains("Dear Leader of the Independent Group,");
            }
        }
    }

    @Test
    void theLetterIsTaggedInBritishEnglishWithItsFontEmbedded() throws Exception {
        try (GroupMeetingFixture f = new GroupMeetingFixture(H2, TODAY)) {
            Path file = letters(f);

            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
                assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
                assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
                assertThat(pdf.getDocumentInformation().getTitle())
                        .isEqualTo("Officer briefing given to the Labour Group (GRP-2026-0001)");
                for (var name : pdf.getPage(0).getResources().getFontNames()) {
                    PDFont font = pdf.getPage(0).getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void theLetterMeetsPdfUaAndPdfA() throws Exception {
        try (GroupMeetingFixture f = new GroupMeetingFixture(H2, TODAY)) {
            Path file = letters(f);

            assertThat(failures(file, PDFAFlavour.PDFUA_1)).isEmpty();
            assertThat(failures(file, PDFAFlavour.PDFA_3_U)).isEmpty();
        }
    }

    @Test
    void aFolderThatDoesNotExistIsRefusedAndNothingIsLeftBehind() throws Exception {
        try (GroupMeetingFixture f = new GroupMeetingFixture(H2, TODAY)) {
            GroupMeeting m = f.register.save(f.request(f.labour, MeetingKind.PRIVATE_BRIEFING,
                    LocalDate.of(2026, 12, 24), SUBJECT, f.samAttending(true)));

            assertThatThrownBy(() -> f.register.writeLetters(m.id(), folder.resolve("missing/letters.pdf")))
                    .isInstanceOf(org.probity.common.ValidationException.class)
                    .hasMessageContaining("does not exist");
            try (var left = Files.list(folder)) {
                assertThat(left).isEmpty();
            }
        }
    }

    private static String page(PDDocument pdf, int number) throws java.io.IOException {
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(number);
        text.setEndPage(number);
        return text.getText(pdf).replaceAll("\\s+", " ");
    }

    private static List<String> failures(Path file, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(file.toFile(), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + " " + a.getMessage())
                    .distinct().toList();
        }
    }
}
