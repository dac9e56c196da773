package org.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.probity.app.AppContext;
import org.probity.complaints.Complaint;
import org.probity.people.PersonRef;
import org.probity.relationships.Declaration;
import org.probity.reports.document.Block;
import org.probity.reports.document.ReportDocument;
import org.probity.reports.document.ReportSection;
import org.probity.reports.render.PdfReport;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class AnnualReportTest {

    private static AppContext app;
    private static ReportService reports;

    @BeforeAll
    static void load() {
        app = DemoReports.loaded();
        reports = app.reports();
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static String name(PersonRef p) {
        return p.isMember() ? app.people().member(p.id()).orElseThrow().displayName()
                : app.people().officer(p.id()).orElseThrow().displayName();
    }

    private static String surname(PersonRef p) {
        return p.isMember() ? app.people().member(p.id()).orElseThrow().surname()
                : app.people().officer(p.id()).orElseThrow().surname();
    }

    /** Everyone who declared or was declared in any relationship, ever. */
    private static Set<String> everyDeclaredName() {
        Set<String> names = new LinkedHashSet<>();
        for (Declaration d : app.relationships().declarations()) {
            names.add(name(d.partyA()));
            names.add(name(d.partyB()));
            if (d.declaredBy() != null) {
                names.add(name(d.declaredBy()));
            }
        }
        return names;
    }

    private static List<Declaration> madeInYear() {
        return app.relationships().declarations().stream()
                .filter(d -> d.declaredOn().getYear() == DemoReports.YEAR).toList();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void theOpenReportNamesNoDeclarantOrRelatedPerson() throws Exception {
        assertThat(madeInYear()).as("demo declarations in the year").hasSizeGreaterThan(3);
        ReportDocument open = reports.annual(DemoReports.YEAR, ReportOptions.open());
        String text = flat(PdfChecks.text(PdfReport.bytes(open)));
        String accessible = squeezed(PdfChecks.text(PdfReport.bytes(reports.annual(DemoReports.YEAR,
                ReportOptions.open().accessibleVersion()))));
        Set<String> names = everyDeclaredName();
        assertThat(names).hasSizeGreaterThan(5);
        for (String name : names) {
            assertThat(text).as("Open report").doesNotContain(name);
            assertThat(accessible).as("Open accessible report").doesNotContain(squeezed(name));
        }
        for (Block b : open.allBlocks()) {
            if (b instanceof Block.Table t) {
                for (List<String> row : t.rows()) {
                    for (String cell : row) {
                        assertThat(names).as("cell of " + t.caption()).doesNotContain(cell);
                    }
                }
            }
        }
        // The roles stand in for them.
        assertThat(open.allBlocks()).filteredOn(b -> b instanceof Block.Table t && t.caption().startsWith(
                "Declarations made")).singleElement().satisfies(b -> assertThat(((Block.Table) b).rows())
                .flatExtracting(row -> List.of(row.get(2), row.get(3)))
                .contains("a Director", "an officer").anyMatch(cell -> cell.startsWith("a member of the ")));
    }

    @Test
    void theExemptReportNamesThemAndIsMarkedNotForPublication() throws Exception {
        byte[] pdf = PdfReport.bytes(reports.annual(DemoReports.YEAR, ReportOptions.exempt()));
        String text = flat(PdfChecks.text(pdf));
        for (Declaration d : madeInYear()) {
            assertThat(text).contains(d.reference().toString(), surname(d.partyA()), surname(d.partyB()));
        }
        String accessible = squeezed(PdfChecks.text(PdfReport.bytes(reports.annual(DemoReports.YEAR,
                ReportOptions.exempt().accessibleVersion()))));
        for (Declaration d : madeInYear()) {
            assertThat(accessible).contains(squeezed(name(d.partyA())), squeezed(name(d.partyB())));
        }
        assertThat(text).contains("Not for publication", "paragraph 1 of Part 1 of Schedule 12A to the Local "
                + "Government Act 1972 (information relating to any individual)");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(doc)).as("page " + p).contains("not for publication",
                        "Page " + p + " of " + doc.getNumberOfPages());
            }
        }
    }

    @Test
    void smallCountsCanBeGivenAsFewerThanAThreshold() throws Exception {
        ReportOptions suppressing = new ReportOptions(Classification.OPEN, null, false, 3);
        String text = flat(PdfChecks.text(PdfReport.bytes(reports.annual(DemoReports.YEAR, suppressing))));
        assertThat(text).contains("fewer than 3");
        assertThat(flat(PdfChecks.text(PdfReport.bytes(reports.annual(DemoReports.YEAR,
                new ReportOptions(Classification.EXEMPT, null, false, 3)))))).doesNotContain("fewer than 3");
    }

    @Test
    void aSuppressedCountIsDrawnAsAnEmptyBarSoTheChartGivesAwayNoMoreThanItsLabel() {
        ReportDocument report = reports.annual(DemoReports.YEAR, new ReportOptions(Classification.OPEN, null, false,
                100));
        List<Block.Chart> charts = report.allBlocks().stream().filter(Block.Chart.class::isInstance)
                .map(Block.Chart.class::cast).toList();
        Block.Chart complaints = charts.stream().filter(c -> c.title().equals("Complaints received each year"))
                .findFirst().orElseThrow();
        assertThat(complaints.bars()).anySatisfy(b -> assertThat(b.shown()).isEqualTo("fewer than 100"));
        assertThat(charts.stream().flatMap(c -> c.bars().stream()).filter(b -> b.shown().startsWith("fewer than")))
                .isNotEmpty().allSatisfy(b -> assertThat(b.value()).isZero());
    }

    @Test
    void everyVariantMeetsPdfUaAndPdfA() throws Exception {
        for (ReportOptions options : List.of(ReportOptions.open(), ReportOptions.exempt(),
                ReportOptions.open().accessibleVersion(), ReportOptions.exempt().accessibleVersion())) {
            byte[] pdf = PdfReport.bytes(reports.annual(DemoReports.YEAR, options));
            assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 " + options).isEmpty();
            assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u " + options).isEmpty();
        }
    }

    @Test
    void theAccessibleReportHasNoTableOrFigureYetEveryFigureOfTheStandardOne() throws Exception {
        ReportDocument standard = reports.annual(DemoReports.YEAR, ReportOptions.open());
        byte[] pdf = PdfReport.bytes(reports.annual(DemoReports.YEAR, ReportOptions.open().accessibleVersion()));
        assertThat(PdfChecks.structureTypes(pdf)).doesNotContain("Table", "TR", "TH", "TD", "THead", "TBody",
                "Figure").contains("H1", "H2", "H3", "P", "L");
        String text = flat(PdfChecks.text(pdf));
        int figures = 0;
        for (Block b : standard.allBlocks()) {
            if (b instanceof Block.Table t) {
                for (List<String> row : t.rows()) {
                    for (String cell : row) {
                        assertThat(text).as(t.caption()).contains(cell);
                        figures++;
                    }
                }
            } else if (b instanceof Block.Chart c) {
                for (Block.Chart.Bar bar : c.bars()) {
                    assertThat(text).as(c.title()).contains(bar.label() + ", " + bar.shown());
                    figures++;
                }
            }
        }
        assertThat(figures).isGreaterThan(40);
    }

    @Test
    void theReportCoversEveryRegisterWithTrendsAndDeadlines() throws Exception {
        ReportDocument report = reports.annual(DemoReports.YEAR, ReportOptions.open());
        assertThat(report.sections()).extracting(s -> s.heading()).containsExactly(
                "1. Purpose of the report", "2. Recommendations", "3. Background",
                "4. Declared relationships between members and officers", "5. Officers at political group meetings",
                "6. Members' enquiries", "7. Complaints between members and officers", "8. Review of the protocol",
                "9. Comments of the Chief Finance Officer",
                "10. Comments of the Monitoring Officer (legal implications)", "11. Background papers",
                "Appendix A: Declarations made in the year", "Appendix B: Case log of complaints");
        String text = flat(PdfChecks.text(PdfReport.bytes(report)));
        assertThat(text).contains("4.1 In 2026,", "within 10 working days",
                "Potential conflicts found in 2026", "Parity of briefings, 2026", "Enquiries by directorate, 2026",
                "Standards Committee");
        assertThat(report.allBlocks()).filteredOn(b -> b instanceof Block.Chart).hasSize(4)
                .allSatisfy(c -> assertThat(((Block.Chart) c).bars()).hasSize(AnnualReport.TREND_YEARS));
    }

    /** Everyone who made a complaint or was complained about, ever. */
    private static Set<String> everyComplaintParty() {
        Set<String> names = new LinkedHashSet<>();
        for (Complaint c : app.complaints().all()) {
            names.add(name(c.complainant()));
            names.add(name(c.subject()));
        }
        return names;
    }

    private static List<Complaint> complaintsInYear() {
        return app.complaints().receivedBetween(LocalDate.of(DemoReports.YEAR, 1, 1),
                LocalDate.of(DemoReports.YEAR, 12, 31));
    }

    @Test
    void theOpenReportNamesNoComplainantOrPersonComplainedAbout() throws Exception {
        assertThat(complaintsInYear()).as("demo complaints in the year").hasSizeGreaterThan(3);
        ReportDocument open = reports.annual(DemoReports.YEAR, ReportOptions.open());
        String text = flat(PdfChecks.text(PdfReport.bytes(open)));
        String accessible = squeezed(PdfChecks.text(PdfReport.bytes(reports.annual(DemoReports.YEAR,
                ReportOptions.open().accessibleVersion()))));
        Set<String> names = everyComplaintParty();
        assertThat(names).hasSizeGreaterThan(5);
        for (String name : names) {
            assertThat(text).as("Open report").doesNotContain(name);
            assertThat(accessible).as("Open accessible report").doesNotContain(squeezed(name));
        }
        for (Complaint c : complaintsInYear()) {
            assertThat(text).as("summary of " + c.reference()).doesNotContain(flat(c.summary()));
        }
        Block.Table log = caseLog(open);
        assertThat(log.header()).doesNotContain("Summary");
        assertThat(log.rows()).flatExtracting(row -> List.of(row.get(2), row.get(3)))
                .anyMatch(cell -> cell.startsWith("a member of the ")).doesNotContainAnyElementsOf(names);
        assertThat(text).contains("Complaints by category, 2026", "Complaints by outcome, 2026",
                "Independent Person");
    }

    @Test
    void theExemptReportNamesComplainantsAndSubjects() throws Exception {
        byte[] pdf = PdfReport.bytes(reports.annual(DemoReports.YEAR, ReportOptions.exempt()));
        String text = flat(PdfChecks.text(pdf));
        Block.Table log = caseLog(reports.annual(DemoReports.YEAR, ReportOptions.exempt()));
        List<String> shownReferences = log.rows().stream().map(r -> r.get(0)).toList();
        assertThat(shownReferences).isNotEmpty();
        for (Complaint c : complaintsInYear()) {
            if (shownReferences.contains(c.reference().toString())) {
                assertThat(text).contains(c.reference().toString(), surname(c.complainant()), surname(c.subject()));
            }
        }
        assertThat(log.header()).contains("Summary");
        assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
    }

    @Test
    void theStateOfTheProtocolReviewIsReported() throws Exception {
        ReportDocument report = reports.annual(DemoReports.YEAR, ReportOptions.open());
        String text = flat(PdfChecks.text(PdfReport.bytes(report)));
        assertThat(text).contains("The latest review of the Member/Officer Relations Protocol",
                "looks at version 2", "It is in progress.", "Standards Committee", "Constitution Working Group",
                "Not yet decided", "is next due for review by");
    }

    private static Block.Table caseLog(ReportDocument report) {
        return report.sections().stream().filter(ReportSection::appendix).flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Block.Table t && t.caption().startsWith("Case log"))
                .map(b -> (Block.Table) b).findFirst().orElseThrow();
    }
}
