package org.probity.publication;

import java.time.LocalDate;
import java.util.List;
import org.probity.reports.Disclosure;

/** A register that can be published: its columns and its records of a period, one row each. */
public interface PublishedRegister {

    /** The word that names the register on the command line: "relationships". */
    String kind();

    /** "Register of declared relationships". */
    String title();

    /** What one row is, in the plural: "declarations". */
    String entries();

    /** What the period is measured by: "declared". */
    String datedBy();

    List<PublishedColumn> columns();

    /** The column the extract is counted by unless the user picks another. */
    String countBy();

    /**
     * The records dated from {@code from} to {@code to} inclusive, oldest first, each with a cell
     * for each of {@code headings} in that order. People are given by role or by name as the
     * column says, through {@code disclosure}.
     */
    List<List<Object>> rows(LocalDate from, LocalDate to, List<String> headings, Disclosure disclosure);
}
