package org.probity.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.probity.reports.PdfChecks;
import org.probity.reports.document.AccessibleVersion;
import org.probity.reports.document.Author;
import org.probity.reports.document.Block;
import org.probity.reports.document.Cover;
import org.probity.reports.document.ReportDocument;
import org.probity.reports.document.ReportSection;
import org.probity.reports.document.Run;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfReportTest {

    /** A report with every kind of block and a table long enough to run over several pages. */
    static ReportDocument sample() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            rows.add(List.of("Service area " + i, Integer.toString(100 + i), (50 + i % 40) + "%"));
        }
        List<ReportSection> sections = List.of(
                new ReportSection("1", "Purpose of the report", List.of(
                        new Block.Paragraph("1.1", List.of(Run.plain("To report on the year."))),
                        new Block.Paragraph("1.2", List.of(Run.plain("The protocol "), Run.struck("shall"),
                                Run.bold("must"), Run.plain(" be followed."))),
                        Block.ListBlock.bullets(List.of("First point", "Second point")))),
                new ReportSection("2", "Figures", List.of(
                        new Block.Table("Enquiries by service area", List.of("Service area", "Received",
                                "Within target"), rows, true),
                        new Block.Chart("Enquiries received each year",
                                "Bar chart of enquiries received each year: 2025, 40; 2026, 55.", "Enquiries",
                                List.of(new Block.Chart.Bar("2025", 40, "40"), new Block.Chart.Bar("2026", 55, "55"))))),
                new ReportSection("A", "The protocol as amended", List.<Block>of(
                        new Block.Paragraph(null, List.of(Run.plain("Officers "), Run.struck("may"),
                                Run.bold("must not"), Run.plain(" attend.")))), true));
        return new ReportDocument("Annual report on the protocol", "Riverside Borough Council",
                "Exempt \u2014 not for publication", true,
                new Cover(List.of(new Cover.Item("Committee", "Standards Committee"),
                        new Cover.Item("Classification", "Exempt"))),
                sections, new Author("Ruth Okafor", "Monitoring Officer", "020 7000 0000"), false);
    }

    @Test
    void everyPageHasTheTitleMarkingAndPageOfPages() throws Exception {
        byte[] pdf = PdfReport.bytes(sample());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper text = new PDFTextStripper();
                text.setStartPage(p);
                text.setEndPage(p);
                assertThat(text.getText(doc)).contains("Annual report on the protocol", "not for publication",
                        "Page " + p + " of " + pages);
            }
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Annual report on the protocol");
            assertThat(doc.getDocumentCatalog().getDocumentOutline()).isNotNull();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void aLongTitleNeverBreaksAPairSuchAsMemberOfficerAtTheSlash() throws Exception {
        ReportDocument sample = sample();
        ReportDocument longTitle = new ReportDocument("Annual report on the operation of the Member/Officer"
                + " Protocol 2025", sample.authority(), sample.marking(), sample.notForPublication(), sample.cover(),
                sample.sections(), sample.author(), false);
        try (PDDocument doc = Loader.loadPDF(PdfReport.bytes(longTitle))) {
            PDFTextStripper text = new PDFTextStripper();
            text.setEndPage(1);
            text.setSortByPosition(true);
            assertThat(text.getText(doc).lines()).anySatisfy(line -> assertThat(line).startsWith("Member/Officer"));
        }
    }

    @Test
    void theTableHeaderIsRepeatedOnEveryPageItRunsOver() throws Exception {
        byte[] pdf = PdfReport.bytes(sample());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            assertThat(text.getText(doc)).contains("Service area Received Within target");
        }
    }

    @Test
    void theReportMeetsPdfUaAndPdfA() throws Exception {
        byte[] pdf = PdfReport.bytes(sample());
        assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        byte[] accessible = PdfReport.bytes(AccessibleVersion.of(sample()));
        assertThat(PdfChecks.failures(accessible, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfChecks.failures(accessible, PDFAFlavour.PDFA_2_U)).isEmpty();
    }

    @Test
    void theAccessibleVersionHasNoTableOrFigureButEveryFigure() throws Exception {
        byte[] pdf = PdfReport.bytes(AccessibleVersion.of(sample()));
        assertThat(PdfChecks.structureTypes(pdf)).doesNotContain("Table", "TR", "TH", "TD", "Figure")
                .contains("H1", "H2");
        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Service area 70: received 170; within target 80%.", "2025, 40; 2026, 55",
                "Committee: Standards Committee", "The protocol shallmust be followed.");
    }
}
