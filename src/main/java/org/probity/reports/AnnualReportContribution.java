package org.probity.reports;

import java.util.List;
import org.probity.reports.document.Block;

/**
 * A register's section of the annual report on the operation of the protocol: its figures for
 * the year, trends against earlier years, deadlines met and what was found. Registers add
 * their section by implementing this and being listed in the report service; the report
 * numbers the section and its numbered paragraphs (give them any non-null number, such as
 * {@link ReportYear#NUMBERED}) and makes the accessible version from its tables and charts.
 */
public interface AnnualReportContribution {

    /** The section's heading: "Declared relationships". */
    String title();

    /** The section's body for the year; names, counts and summaries go through {@link ReportYear#disclosure()}. */
    List<Block> blocks(ReportYear year);

    /**
     * What is too long for the body, such as a case log, printed as a lettered appendix after
     * the background papers; empty for none.
     */
    default List<Block> appendix(ReportYear year) {
        return List.of();
    }

    /** The appendix's heading, when there is one. */
    default String appendixTitle() {
        return title();
    }
}
