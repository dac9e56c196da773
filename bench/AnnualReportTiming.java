import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.probity.app.AppContext;
import org.probity.reports.ReportFormat;
import org.probity.reports.ReportOptions;
import org.probity.reports.ReportService;
import org.probity.reports.document.ReportDocument;

/**
 * The annual report made and rendered to PDF inside one JVM, once the JIT compiler has settled:
 * what a clerk waits for when pressing Preview or Save in a Probity that has been open a while.
 * Also writes the report's PDF and DOCX for the conversion comparison.
 *
 * Two warm figures are printed. The database answers a query repeated on unchanged tables from
 * its result cache, as it does when a clerk previews and then saves; the second figure turns that
 * off, as if the registers had changed since the last report, and is the one compared with
 * LibreOffice.
 *
 * Usage: java -cp 'target/probity/lib/*' bench/AnnualReportTiming.java DATA_DIR YEAR RUNS OUT_DIR [WARM_UPS]
 */
public class AnnualReportTiming {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int year = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        int warmUps = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        try (AppContext app = AppContext.openEmbedded(data)) {
            ReportService reports = app.reports();
            long coldStart = System.nanoTime();
            byte[] first = ReportService.bytes(reports.annual(year, ReportOptions.open()), ReportFormat.PDF);
            long coldMs = (System.nanoTime() - coldStart) / 1_000_000;
            long[] warming = new long[warmUps];
            for (int i = 0; i < warmUps; i++) {
                long start = System.nanoTime();
                ReportService.bytes(reports.annual(year, ReportOptions.open()), ReportFormat.PDF);
                warming[i] = (System.nanoTime() - start) / 1_000_000;
            }
            long[][] repeated = timed(reports, year, runs);
            app.database().dsl().execute("SET OPTIMIZE_REUSE_RESULTS 0");
            long[][] fresh = timed(reports, year, runs);
            ReportDocument report = reports.annual(year, ReportOptions.open());
            Files.write(out.resolve("annual-report.pdf"), first);
            Files.write(out.resolve("annual-report.docx"), ReportService.bytes(report, ReportFormat.DOCX));
            System.out.println("First report in this JVM (figures + PDF): " + coldMs + " ms");
            System.out.println("The " + warmUps + " reports after it, while the JIT compiler warms up (ms): "
                    + Arrays.toString(warming));
            System.out.println("Warm, the registers unchanged since the last report (ms): " + Arrays.toString(repeated[0])
                    + ", median " + median(repeated[0]) + " (reading the registers: median " + median(repeated[1])
                    + ")");
            System.out.println("Warm, no query answered from the database's result cache (ms): "
                    + Arrays.toString(fresh[0]) + ", median " + median(fresh[0]) + " (reading the registers: median "
                    + median(fresh[1]) + ", PDF: median " + median(fresh[2]) + ")");
            System.out.println("WARM_MEDIAN_MS=" + median(fresh[0]));
        }
    }

    /** Total, reading and rendering times of {@code runs} reports, in milliseconds. */
    private static long[][] timed(ReportService reports, int year, int runs) {
        long[][] times = new long[3][runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ReportDocument report = reports.annual(year, ReportOptions.open());
            long built = System.nanoTime();
            ReportService.bytes(report, ReportFormat.PDF);
            long end = System.nanoTime();
            times[0][i] = (end - start) / 1_000_000;
            times[1][i] = (built - start) / 1_000_000;
            times[2][i] = (end - built) / 1_000_000;
        }
        return times;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
