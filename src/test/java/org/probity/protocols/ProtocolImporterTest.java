package org.probity.protocols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.common.ValidationException;

class ProtocolImporterTest {

    private final ProtocolImporter importer = new ProtocolImporter();

    private static String source(String file) throws Exception {
        Optional<Path> folder = SourceDocuments.folder();
        assumeTrue(folder.isPresent(), "the published protocol texts are not beside the project");
        return Files.readString(folder.get().resolve(file));
    }

    /** Words as a reader counts them: markup, bullets and struck-out (deleted) text left out. */
    static int words(String text) {
        String plain = text.replaceAll("~~.*?~~", " ").replaceAll("</?b>", " ").replace("*", " ")
                .replace("#", " ");
        int n = 0;
        for (String token : plain.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }

    private static int words(ImportedDocument doc) {
        int n = doc.ignoredLines().stream().mapToInt(ProtocolImporterTest::words).sum();
        for (Paragraph p : doc.paragraphs()) {
            n += words(p.number()) + words(p.text());
        }
        return n;
    }

    private static List<String> numbers(ImportedDocument doc) {
        return doc.paragraphs().stream().map(Paragraph::number).filter(n -> !n.isEmpty()).toList();
    }

    private static List<String> headings(ImportedDocument doc) {
        return doc.paragraphs().stream().filter(Paragraph::heading).map(Paragraph::text).toList();
    }

    @Test
    void combinedAuthorityProtocolKeepsItsNumbersHeadingsAndEveryWord() throws Exception {
        String text = source("002-combined-authority-protocol.txt");

        ImportedDocument doc = importer.readText("002.txt", text);

        assertThat(words(doc)).isEqualTo(words(text));
        assertThat(numbers(doc)).containsSubsequence("1.", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7",
                "2.", "2.1", "2.2", "2.3", "2.4", "a)", "b)", "i)", "2.5", "a)", "h)", "2.6", "2.7", "1)", "4)",
                "2.8", "2.16", "3.", "3.4", "4.", "4.8", "4.8", "4.10", "5.", "6.", "6.9", "7.", "7.3", "7.5", "7.6",
                "8.", "8.1", "a)", "f)", "9.", "9.2", "10.", "10.3", "11.", "11.1", "12.", "12.1", "12.2", "12.3");
        assertThat(headings(doc)).containsSubsequence("Protocol on Member/Officer Relations",
                "Appendix 1: Protocol on Member/Officer Relations", "Introduction",
                "Members' Role and Individual Officers", "Roles of Members", "Roles of Officers",
                "Respect and Courtesy", "The Authority's Reputation", "Undue pressure",
                "Personal and Business Relationships", "Politically Restricted Posts", "Complaints/Concerns",
                "Procedure for Members", "Procedure for Officers");
        // the running header of every converted page is left out, not made a heading each time
        assertThat(headings(doc)).filteredOn(h -> h.equals("Protocol on Member/Officer Relations")).hasSize(1);
    }

    @Test
    void aSentenceBrokenAcrossAPageIsOneParagraph() throws Exception {
        ImportedDocument doc = importer.readText("002.txt", source("002-combined-authority-protocol.txt"));

        Paragraph p81 = doc.paragraphs().stream().filter(p -> p.number().equals("8.1")).findFirst().orElseThrow();
        assertThat(p81.text()).contains("occupy politically restricted posts under the Local Government");
        Paragraph a = doc.paragraphs().stream().filter(p -> p.text().startsWith("Providing advice to the Board"))
                .findFirst().orElseThrow();
        assertThat(a.number()).isEqualTo("a)");
        assertThat(a.text()).endsWith("Members to enable them to fulfil their roles.");
    }

    @Test
    void protocolAppendedToACommitteeReportKeepsItsNumbersHeadingsAndEveryWord() throws Exception {
        String report = source("004-coventry-2017-protocol-report.txt");
        String appendix = report.substring(report.indexOf("## Appendix"));

        ImportedDocument doc = importer.readText("004 appendix.txt", appendix);

        assertThat(words(doc)).isEqualTo(words(appendix));
        assertThat(numbers(doc)).containsSubsequence("1.", "1.1", "1.2", "1.3", "2.", "3.", "3.1", "(a)", "(l)",
                "3.2", "(a)", "(k)", "4.", "(a)", "(b)", "(c)", "(d)", "5.", "5.1", "5.2", "6.", "6.1", "6.2", "7.",
                "7.1", "7.2", "7.3", "8.", "8.1", "8.1.1", "8.1.2", "8.1.5", "8.2", "8.2.1", "8.2.2", "8.2.3", "8.3",
                "8.4", "8.4.1", "8.4.6", "8.5", "8.5.1", "8.5.4", "8.6", "8.6.1", "8.6.4", "9.", "9.1", "9.2", "9.3",
                "9.3.1", "9.3.2", "10.", "11.", "11.1", "11.2", "12.", "13.");
        assertThat(headings(doc)).containsSubsequence("Appendix", "Draft Member Officer Protocol",
                "Status of this Code", "Roles of Members and Officers", "Expectations",
                "What Members can expect from Officers:", "What Officers can expect from Members:",
                "Limitations on behaviour", "Members' enquiries", "Casework", "Information and advice",
                "Briefings", "Officer attendance at Group Meetings", "Responsibility for this Code");
        Paragraph p822 = doc.paragraphs().stream().filter(p -> p.number().equals("8.2.2")).findFirst().orElseThrow();
        assertThat(p822.text()).contains("Shadow Cabinet Members").doesNotContain("portfolio leads");
        Paragraph h = doc.paragraphs().stream().filter(p -> p.number().equals("(h)") && p.text().contains("bullying"))
                .findFirst().orElseThrow();
        assertThat(h.text()).contains("in determining what constitutes a reasonable request");
        assertThat(p822.depth()).isEqualTo(3);
    }

    @Test
    void plainTextHeadingsAreFoundByCapitalsAndTitleCase() {
        String text = """
                MEMBER/OFFICER RELATIONS PROTOCOL

                1. Purpose of the Protocol

                1.1 This protocol guides members and officers.
                It applies to co-opted members too.

                Working Together
                2.1 Officers serve the whole council.
                (a) They give impartial advice;
                (b) they do not take sides.
                """;

        ImportedDocument doc = importer.readText("plain.txt", text);

        assertThat(doc.paragraphs()).extracting(Paragraph::number, Paragraph::heading, Paragraph::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("", true, "MEMBER/OFFICER RELATIONS PROTOCOL"),
                        org.assertj.core.groups.Tuple.tuple("1.", true, "Purpose of the Protocol"),
                        org.assertj.core.groups.Tuple.tuple("1.1", false,
                                "This protocol guides members and officers. It applies to co-opted members too."),
                        org.assertj.core.groups.Tuple.tuple("", true, "Working Together"),
                        org.assertj.core.groups.Tuple.tuple("2.1", false, "Officers serve the whole council."),
                        org.assertj.core.groups.Tuple.tuple("(a)", false, "They give impartial advice;"),
                        org.assertj.core.groups.Tuple.tuple("(b)", false, "they do not take sides."));
    }

    @Test
    void wordHeadingStylesAndNumberedParagraphsAreRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            var h = doc.createParagraph();
            h.setStyle("Heading1");
            h.createRun().setText("4. Limitations on behaviour");
            doc.createParagraph().createRun().setText("4(a) Personal relationships should be avoided.");
            doc.createParagraph().createRun().setText("4(b) Where they exist the officer tells their manager.");
            doc.write(bytes);
        }

        ImportedDocument doc = importer.readDocx("protocol.docx", new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(doc.paragraphs()).extracting(Paragraph::number).containsExactly("4.", "4(a)", "4(b)");
        assertThat(doc.paragraphs().get(0).heading()).isTrue();
        assertThat(doc.paragraphs().get(2).depth()).isEqualTo(2);
    }

    @Test
    void anEmptyFileIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("blank.txt"), "\n\n");

        assertThatThrownBy(() -> importer.read(empty)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("blank.txt has no paragraphs");
    }

    @Test
    void anExportedVersionReadsBackAsTheSameParagraphs(@TempDir Path dir) throws Exception {
        List<Paragraph> paragraphs = List.of(Paragraph.heading("1.", 1, "Introduction"),
                Paragraph.body("1.1", 2, "Members and officers work together."),
                Paragraph.heading("8.2", 2, "Briefings"),
                Paragraph.body("8.2.2", 3, "Other groups may ask for briefings."),
                Paragraph.body("(a)", 4, "on the budget;"));
        ProtocolVersion v = new ProtocolVersion(1L, 1, 1, VersionStatus.DRAFT, null, null, null, null, null);

        String md = ProtocolDocuments.markdown("Protocol", v, paragraphs);
        Path docx = ProtocolDocuments.writeDocx(dir.resolve("p.docx"), "Protocol", v, paragraphs);

        assertThat(importer.readText("p.md", md).paragraphs()).extracting(Paragraph::number, Paragraph::text)
                .endsWith(paragraphs.stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.number(), p.text()))
                        .toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(importer.read(docx).paragraphs()).extracting(Paragraph::number, Paragraph::text)
                .endsWith(paragraphs.stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.number(), p.text()))
                        .toArray(org.assertj.core.groups.Tuple[]::new));
    }
}
