import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.probity.app.AppContext;
import org.probity.reports.ReportFormat;
import org.probity.reports.ReportOptions;
import org.probity.reports.ReportService;
import org.probity.reports.document.ReportDocument;

/**
 * The annual report made and rendered to PDF inside one JVM, after warm-up runs: what a clerk
 * waits for when pressing Preview or Save a second time. Also writes the report's PDF and DOCX
 * for the conversion comparison.
 *
 * Usage: java -cp 'target/probity/lib/*' bench/AnnualReportTiming.java DATA_DIR YEAR RUNS OUT_DIR
 */
public class AnnualReportTiming {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int year = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        try (AppContext app = AppContext.openEmbedded(data)) {
            ReportService reports = app.reports();
            long coldStart = System.nanoTime();
            byte[] first = ReportService.bytes(reports.annual(year, ReportOptions.open()), ReportFormat.PDF);
            long coldMs = (System.nanoTime() - coldStart) / 1_000_000;
            for (int i = 0; i < 3; i++) {
                ReportService.bytes(reports.annual(year, ReportOptions.open()), ReportFormat.PDF);
            }
            long[] total = new long[runs];
            long[] build = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                ReportDocument report = reports.annual(year, ReportOptions.open());
                long built = System.nanoTime();
                ReportService.bytes(report, ReportFormat.PDF);
                long end = System.nanoTime();
                total[i] = (end - start) / 1_000_000;
                build[i] = (built - start) / 1_000_000;
            }
            ReportDocument report = reports.annual(year, ReportOptions.open());
            Files.write(out.resolve("annual-report.pdf"), first);
            Files.write(out.resolve("annual-report.docx"), ReportService.bytes(report, ReportFormat.DOCX));
            long[] sorted = total.clone();
            Arrays.sort(sorted);
            long[] sortedBuild = build.clone();
            Arrays.sort(sortedBuild);
            System.out.println("First report in this JVM (figures + PDF): " + coldMs + " ms");
            System.out.println("Warm, figures + PDF (ms): " + Arrays.toString(total) + ", median "
                    + sorted[runs / 2] + " (of which reading the registers: median " + sortedBuild[runs / 2] + ")");
            System.out.println("WARM_MEDIAN_MS=" + sorted[runs / 2]);
        }
    }
}
