package org.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.probity.app.AppContext;
import org.probity.common.ValidationException;
import org.probity.reports.document.Block;
import org.probity.reports.document.ReportDocument;
import org.probity.reports.render.PdfReport;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class RegisterExtractTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    private static AppContext app;

    @BeforeAll
    static void load() {
        app = DemoReports.loaded();
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static Block.Table table(ReportDocument report) {
        return (Block.Table) report.allBlocks().stream().filter(b -> b instanceof Block.Table).findFirst()
                .orElseThrow();
    }

    @Test
    void eachRegisterIsATableOfItsEntriesInThePeriod() {
        ReportDocument relationships = app.reports().extract("relationships", FROM, TO, CoverDetails.standards(),
                ReportOptions.exempt());
        long expected = app.relationships().declarations().stream()
                .filter(d -> !d.declaredOn().isBefore(FROM) && !d.declaredOn().isAfter(TO)).count();
        assertThat(table(relationships).rows()).hasSize((int) expected);
        assertThat(relationships.title()).isEqualTo("Register of declared relationships: 1 Apr 2026 to 30 Jun 2026");
        ReportDocument enquiries = app.reports().extract("enquiries", FROM, TO, CoverDetails.standards(),
                ReportOptions.open());
        assertThat(table(enquiries).rows()).hasSize(app.enquiries().receivedBetween(FROM, TO).size());
        assertThat(table(enquiries).header()).doesNotContain("Subject");
        assertThat(table(app.reports().extract("enquiries", FROM, TO, CoverDetails.standards(),
                ReportOptions.exempt())).header()).contains("Subject");
        ReportDocument meetings = app.reports().extract("group-meetings", FROM, TO, CoverDetails.standards(),
                ReportOptions.open());
        assertThat(table(meetings).rows()).isNotEmpty().allSatisfy(row -> assertThat(
                LocalDate.parse(row.get(1), org.probity.common.UkDates.DISPLAY)).isBetween(FROM, TO));
    }

    @Test
    void anUnknownRegisterOrABackwardPeriodIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> app.reports().extract("complaint", null, null, CoverDetails.standards(),
                ReportOptions.open())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("relationships, group-meetings, enquiries");
        assertThatThrownBy(() -> app.reports().extract("enquiries", TO, FROM, CoverDetails.standards(),
                ReportOptions.open())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("is before its start");
    }

    @Test
    void everyExtractMeetsPdfUaAndPdfAOpenExemptAndAccessible() throws Exception {
        for (RegisterExtractSource source : app.reports().extracts()) {
            for (ReportOptions options : List.of(ReportOptions.open(), ReportOptions.exempt(),
                    ReportOptions.open().accessibleVersion())) {
                byte[] pdf = PdfReport.bytes(app.reports().extract(source.kind(), FROM, TO,
                        CoverDetails.standards(), options));
                String what = source.kind() + " " + options;
                assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFUA_1)).as(what).isEmpty();
                assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFA_2_U)).as(what).isEmpty();
                if (options.accessible()) {
                    assertThat(PdfChecks.structureTypes(pdf)).as(what).doesNotContain("Table", "Figure");
                }
            }
        }
    }
}
