package org.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.app.AppContext;
import org.probity.common.ValidationException;
import org.probity.reports.document.Block;
import org.probity.reports.document.ReportDocument;
import org.probity.storage.TestDatabases;

class ReportServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-20T10:00:00Z"), ZoneId.of("Europe/London"));

    private static String text(ReportDocument report) {
        StringBuilder out = new StringBuilder();
        report.allBlocks().forEach(b -> {
            if (b instanceof Block.Paragraph p) {
                out.append(p.text()).append('\n');
            }
        });
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theDraftIsKeptPerYearAndAuditedAndTheReportUsesIt(TestDatabases.Kind kind) {
        try (AppContext app = new AppContext(kind.open(), Optional.empty(), CLOCK, "mo")) {
            ReportService reports = app.reports();
            ReportDraft fresh = reports.annualDraft(2026);
            assertThat(fresh.id()).isNull();
            assertThat(fresh.narrative().purpose()).contains("2026");

            ReportDraft edited = new ReportDraft(null, ReportKind.ANNUAL, "2026",
                    new CoverDetails("Standards Committee", LocalDate.of(2027, 3, 9), "Monitoring Officer",
                            "Ruth Okafor", "Monitoring Officer", "01234 567890", "All wards", false),
                    new Narrative("To tell the committee how the protocol worked.", "That the committee notes it.\n\n"
                            + "That the protocol be reviewed.", "Background.", "None.", "None.", ""),
                    new ReportOptions(Classification.EXEMPT, ExemptionParagraph.IDENTITY, false, 0), null);
            ReportDraft saved = reports.saveDraft(edited);
            assertThat(saved.id()).isNotNull();
            reports.saveDraft(new ReportDraft(null, ReportKind.ANNUAL, "2026", edited.cover(), edited.narrative(),
                    ReportOptions.exempt(), null));

            ReportDraft read = reports.annualDraft(2026);
            assertThat(read.cover()).isEqualTo(edited.cover());
            assertThat(read.narrative()).isEqualTo(edited.narrative());
            assertThat(reports.annualDraft(2025).id()).isNull();
            assertThat(app.audit().history(ReportService.DRAFT, saved.id())).hasSize(2);

            ReportDocument report = reports.annual(2026, ReportOptions.open());
            assertThat(text(report)).contains("To tell the committee how the protocol worked.",
                    "That the committee notes it.", "That the protocol be reviewed.");
            assertThat(report.sections().get(1).blocks()).extracting(b -> ((Block.Paragraph) b).number())
                    .containsExactly("2.1", "2.2");
            assertThat(report.author().name()).isEqualTo("Ruth Okafor");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aYearStillToComeOrATooLongNarrativeIsRefused(TestDatabases.Kind kind) {
        try (AppContext app = new AppContext(kind.open(), Optional.empty(), CLOCK, "mo")) {
            assertThatThrownBy(() -> app.reports().annual(2028, ReportOptions.open()))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("from 1990 to 2027");
            ReportDraft draft = app.reports().annualDraft(2026);
            ReportDraft tooLong = new ReportDraft(null, ReportKind.ANNUAL, "2026", draft.cover(),
                    new Narrative("x".repeat(8001), "", "", "", "", ""), draft.options(), null);
            assertThatThrownBy(() -> app.reports().saveDraft(tooLong)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("The purpose is longer than 8000 characters");
            assertThat(app.reports().annualDraft(2026).id()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aSectionThatCannotBeMadeStopsTheReportWithItsOwnReason(TestDatabases.Kind kind) {
        try (AppContext app = new AppContext(kind.open(), Optional.empty(), CLOCK, "mo")) {
            ReportService reports = app.reports();
            reports.addContribution(new AnnualReportContribution() {
                @Override
                public String title() {
                    return "A register that cannot be read";
                }

                @Override
                public Section section(ReportYear year) {
                    throw new ValidationException("register", "The register of gifts cannot be read for "
                            + year.year() + ".");
                }
            });

            assertThatThrownBy(() -> reports.annual(2026, ReportOptions.open()))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("The register of gifts cannot be read for 2026.");
            // Asked again, the report fails the same way rather than waiting on the sections it let go.
            assertThatThrownBy(() -> reports.annual(2026, ReportOptions.exempt()))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("cannot be read for 2026");
        }
    }
}
