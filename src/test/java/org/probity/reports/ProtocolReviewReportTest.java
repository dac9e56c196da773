package org.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.probity.app.AppContext;
import org.probity.common.ValidationException;
import org.probity.demo.DemoAuthority;
import org.probity.demo.DemoProtocols;
import org.probity.demo.DemoScale;
import org.probity.protocols.ApprovalStep;
import org.probity.reports.document.Block;
import org.probity.reports.document.ReportDocument;
import org.probity.reports.document.ReportSection;
import org.probity.reports.document.Run;
import org.probity.reports.render.DocxReport;
import org.probity.reports.render.PdfReport;
import org.probity.storage.TestDatabases;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class ProtocolReviewReportTest {

    private static AppContext app;
    private static long reviewId;

    @BeforeAll
    static void load() {
        app = new AppContext(TestDatabases.h2(), Optional.empty(), DemoReports.CLOCK, "reports.test");
        new DemoAuthority(app.people(), app.database().session(), DemoReports.CLOCK).load(1, DemoScale.SMALL);
        new DemoProtocols(app.protocols(), app.reviews(), DemoReports.CLOCK).load();
        reviewId = app.reports().reviewChoices().get(0).id();
        ApprovalStep standards = app.reviews().steps(reviewId).get(0);
        app.reviews().amendAtStep(standards.id(), "6.1", "An officer who believes a member has treated them badly "
                + "should first speak to their manager, who may raise it with the member or the Monitoring Officer. "
                + "The officer will be told the outcome in writing.", "The committee preferred fewer routes.");
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static ReportDocument report(ReportOptions options) {
        return app.reports().review(reviewId, options);
    }

    @Test
    void theReportSetsOutTheRouteTheConsultationAndTheMarkedDraft() throws Exception {
        ReportDocument report = report(ReportOptions.open());
        assertThat(report.sections()).extracting(ReportSection::heading).contains("2. Recommendations",
                "4. Approval route so far", "5. Consultation",
                "Appendix A: Draft Member/Officer Relations Protocol as amended");
        String text = flat(PdfChecks.text(PdfReport.bytes(report)));
        assertThat(text).contains("Review of the Member/Officer Relations Protocol", "recommends the draft, with any amendments it makes, to the "
                        + "Constitution Working Group");
        assertThat(text).contains("proposed by Monitoring Officer on", "amended by Standards Committee on");
        Block.Table route = report.allBlocks().stream().filter(b -> b instanceof Block.Table t
                && t.caption().equals("Approval route")).map(b -> (Block.Table) b).findFirst().orElseThrow();
        assertThat(route.rows()).extracting(row -> row.get(0) + " / " + row.get(2)).containsExactly(
                "Standards Committee / Approved", "Constitution Working Group / Not yet decided",
                "Council / Not yet decided");
        Block.Table consulted = report.allBlocks().stream().filter(b -> b instanceof Block.Table t
                && t.caption().equals("Consultation")).map(b -> (Block.Table) b).findFirst().orElseThrow();
        assertThat(consulted.header()).containsExactly("Name", "Title", "Directorate or organisation", "Date sent",
                "Response received", "Summary of response");
        assertThat(consulted.rows()).anySatisfy(row -> assertThat(row).startsWith("Priya Raman",
                "Head of Democratic Services", "Law and Governance").endsWith("Supports the clearer notice period."))
                .anySatisfy(row -> assertThat(row).startsWith("UNISON branch secretary").contains("Awaited"));
        assertThat(route.rows().get(0)).containsExactly("Standards Committee", route.rows().get(0).get(1),
                "Approved", "1", route.rows().get(0).get(4));

        List<Run> runs = report.sections().get(report.sections().size() - 1).blocks().stream()
                .filter(b -> b instanceof Block.Paragraph p && p.number() != null && List.of("6.1", "8.3.2").contains(p.number()))
                .flatMap(b -> ((Block.Paragraph) b).runs().stream()).toList();
        assertThat(runs).anyMatch(Run::struck).anyMatch(Run::bold);
        assertThat(runs.stream().filter(Run::bold).map(Run::text).reduce("", String::concat))
                .contains("within five working days", "The officer will be told the outcome in writing.");
        assertThat(runs.stream().filter(Run::struck).map(Run::text).reduce("", String::concat))
                .contains("the member's group leader");
    }

    @Test
    void theMonitoringOfficersEditedNarrativeIsSavedWithTheReviewAndUsedInItsReport() throws Exception {
        ReportDraft fresh = app.reports().reviewDraft(reviewId);
        assertThat(fresh.savedAt()).isNull();
        assertThat(fresh.narrative().recommendations()).contains("recommends the draft");
        Narrative edited = new Narrative(fresh.narrative().purpose(),
                "That the committee approves the draft protocol for consultation with the trade unions.",
                "The review was asked for by the Chief Executive after the staff survey.",
                fresh.narrative().financeComments(), "Legal comments written for this review.", "");
        CoverDetails cover = new CoverDetails("Standards Committee", java.time.LocalDate.of(2026, 3, 4),
                "Monitoring Officer", "A. Clerk", "Committee clerk", "01632 960000", "All", false);
        app.reports().saveDraft(new ReportDraft(null, ReportKind.PROTOCOL_REVIEW, Long.toString(reviewId), cover,
                edited, ReportOptions.open(), null));
        try {
            ReportDraft saved = app.reports().reviewDraft(reviewId);
            assertThat(saved.savedAt()).isNotNull();
            assertThat(saved.narrative()).isEqualTo(edited);
            assertThat(app.reports().annualDraft(2025).narrative().recommendations())
                    .as("the annual report keeps its own draft").doesNotContain("trade unions");

            String text = flat(PdfChecks.text(PdfReport.bytes(report(ReportOptions.open()))));
            assertThat(text).contains("approves the draft protocol for consultation with the trade unions",
                    "asked for by the Chief Executive after the staff survey", "Legal comments written for this review",
                    "A. Clerk").doesNotContain("recommends the draft, with any amendments");
        } finally {
            app.reports().saveDraft(new ReportDraft(null, ReportKind.PROTOCOL_REVIEW, Long.toString(reviewId),
                    CoverDetails.standards(), fresh.narrative(), ReportOptions.open(), null));
        }
    }

    @Test
    void theAccessibleVersionSaysTheRouteAndConsultationInSentences() throws Exception {
        byte[] pdf = PdfReport.bytes(report(ReportOptions.open().accessibleVersion()));
        assertThat(PdfChecks.structureTypes(pdf)).doesNotContain("Table", "TR", "TD", "Figure");
        String text = flat(PdfChecks.text(pdf));
        assertThat(text).contains("The Standards Committee met on", "and decided: approved, making one amendment",
                "Priya Raman, Head of Democratic Services (Law and Governance), was sent the draft on",
                "UNISON branch secretary (Staff side), was sent the draft on", "a response is awaited",
                "[new: within five working days].", "[deleted:");
    }

    @Test
    void everyVariantMeetsPdfUaAndPdfA() throws Exception {
        for (ReportOptions options : List.of(ReportOptions.open(), ReportOptions.open().accessibleVersion(),
                ReportOptions.exempt())) {
            byte[] pdf = PdfReport.bytes(report(options));
            assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 " + options).isEmpty();
            assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u " + options).isEmpty();
        }
        assertThat(DocxReport.bytes(report(ReportOptions.open()))).isNotEmpty();
    }

    @Test
    void aReviewIsFoundByItsNumberOrTheProtocolsTitleAndAWrongOneIsExplained() {
        assertThat(app.reports().review(Long.toString(reviewId)).id()).isEqualTo(reviewId);
        assertThat(app.reports().review("officer relations").id()).isEqualTo(reviewId);
        assertThatThrownBy(() -> app.reports().review("999")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("There is no review \u201c999\u201d; give the number of one of these: "
                        + reviewId + " Member/Officer Relations Protocol, review of version 2 opened");
    }
}
