package org.probity.reports;

import java.util.List;
import org.probity.reports.document.Block;

/**
 * A register's section of the annual report on the operation of the protocol: its figures for
 * the year, trends against earlier years, deadlines met and what was found. Registers add
 * their section by implementing this and being listed in the report service; the report
 * numbers the section and its numbered paragraphs (give them any non-null number, such as
 * {@link ReportYear#NUMBERED}) and makes the accessible version from its tables and charts.
 *
 * <p>The report asks every register for its section at once, each on a thread and in a
 * read transaction of its own, so a section keeps nothing between calls and shares only the
 * {@link ReportYear} it is given.
 */
public interface AnnualReportContribution {

    /** The section's heading: "Declared relationships". */
    String title();

    /** The section for the year; names, counts and summaries go through {@link ReportYear#disclosure()}. */
    Section section(ReportYear year);

    /** The heading of the section's appendix, when it has one. */
    default String appendixTitle() {
        return title();
    }

    /**
     * A section's body, and what is too long for it, such as a case log, printed as a lettered
     * appendix after the background papers (empty for none).
     */
    record Section(List<Block> body, List<Block> appendix) {
        public Section {
            body = List.copyOf(body);
            appendix = List.copyOf(appendix);
        }

        public static Section of(List<Block> body) {
            return new Section(body, List.of());
        }
    }
}
