package org.probity.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import org.probity.app.AppContext;
import org.probity.reports.render.PdfReport;

/**
 * Writes every report made from the small demo authority into a folder, to look at them:
 * {@code java -cp ... org.probity.reports.ReportSamples FOLDER}.
 */
public final class ReportSamples {

    private ReportSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/report-samples");
        Files.createDirectories(folder);
        try (AppContext app = DemoReports.loaded()) {
            ReportService reports = app.reports();
            for (ReportOptions options : new ReportOptions[] {ReportOptions.open(), ReportOptions.exempt(),
                    ReportOptions.open().accessibleVersion()}) {
                String name = "annual-" + options.classification().name().toLowerCase()
                        + (options.accessible() ? "-accessible" : "");
                Files.write(folder.resolve(name + ".pdf"), PdfReport.bytes(reports.annual(DemoReports.YEAR, options)));
                Files.write(folder.resolve(name + ".docx"), ReportService.bytes(reports.annual(DemoReports.YEAR,
                        options), ReportFormat.DOCX));
            }
            for (RegisterExtractSource source : reports.extracts()) {
                Files.write(folder.resolve("register-" + source.kind() + ".pdf"), PdfReport.bytes(reports.extract(
                        source.kind(), java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31),
                        CoverDetails.standards(), ReportOptions.open())));
            }
        }
    }
}
