package org.probity.reports;

import java.time.LocalDate;
import org.probity.reports.document.Block;

/**
 * A register that can be printed as a table for inspection or a meeting. Registers add their
 * extract (the complaints case log, for instance) by implementing this and being listed in the
 * report service.
 */
public interface RegisterExtractSource {

    /** The word that names the register on the command line: "relationships". */
    String kind();

    /** "Register of declared relationships". */
    String title();

    /** The entries dated from {@code from} to {@code to} (either may be null for no limit), as one table. */
    Block.Table table(LocalDate from, LocalDate to, Disclosure disclosure);
}
