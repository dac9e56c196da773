package org.probity.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.probity.reports.document.AccessibleVersion;

class DocxReportTest {

    @Test
    void headingsUseWordsHeadingStylesAndTablesRepeatTheirHeaderRow() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxReport.bytes(PdfReportTest.sample())))) {
            assertThat(doc.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText)
                    .containsExactly("1. Purpose of the report", "2. Figures", "Appendix A: The protocol as amended",
                            "Report author");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            XWPFTable data = doc.getTables().get(1);
            assertThat(data.getRow(0).isRepeatHeader()).isTrue();
            assertThat(data.getRow(0).getCell(0).getText()).isEqualTo("Service area");
            assertThat(data.getRows()).hasSize(71).allMatch(r -> r.isCantSplitRow());
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Annual report on the protocol");
        }
    }

    @Test
    void amendmentsAreStruckThroughAndBold() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxReport.bytes(PdfReportTest.sample())))) {
            XWPFParagraph amended = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Officers "))
                    .findFirst().orElseThrow();
            assertThat(amended.getRuns()).filteredOn(XWPFRun::isStrikeThrough).extracting(XWPFRun::text)
                    .containsExactly("may");
            assertThat(amended.getRuns()).filteredOn(XWPFRun::isBold).extracting(XWPFRun::text)
                    .containsExactly("must not");
        }
    }

    @Test
    void theAccessibleVersionHasNoTableOrPicture() throws Exception {
        byte[] docx = DocxReport.bytes(AccessibleVersion.of(PdfReportTest.sample()));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables()).isEmpty();
            assertThat(doc.getAllPictures()).isEmpty();
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("\u2022\tService area 7: received 107; within target 57%.");
        }
    }
}
