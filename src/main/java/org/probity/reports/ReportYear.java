package org.probity.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.probity.reports.document.Block;
import org.probity.reports.document.Run;

/**
 * The year an annual report covers (1 January to 31 December), the earlier years its trends
 * compare against, and what it may disclose.
 */
public record ReportYear(int year, int trendYears, Disclosure disclosure) {

    /** The number a contribution gives its numbered paragraphs; the report renumbers them. */
    public static final String NUMBERED = "#";

    public LocalDate from() {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate to() {
        return LocalDate.of(year, 12, 31);
    }

    public boolean contains(LocalDate day) {
        return day != null && day.getYear() == year;
    }

    /** The years of the trend charts, oldest first, ending with this one. */
    public List<Integer> trend() {
        return IntStream.rangeClosed(year - trendYears + 1, year).boxed().toList();
    }

    public boolean accessible() {
        return disclosure.options().accessible();
    }

    public Classification classification() {
        return disclosure.options().classification();
    }

    /** A numbered paragraph of plain text. */
    public static Block.Paragraph paragraph(String text) {
        return new Block.Paragraph(NUMBERED, List.of(Run.plain(text)));
    }
}
