package org.probity.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.probity.common.ValidationException;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryService;
import org.probity.people.PeopleService;
import org.probity.storage.Transactions;

/**
 * Imports and exports the register of members' enquiries. An export streams the register a
 * year at a time, so hundreds of thousands of enquiries need little memory; it keeps the
 * references, and importing it into another data folder with the same people gives the same
 * enquiries. An import is checked in full first and then written in one transaction through
 * {@link EnquiryService}, so every enquiry is validated and audited, and a refused row leaves
 * the register as it was.
 */
public final class EnquiryTransfer {

    static final String SHEET = "Enquiries";
    /** Enquiries older than this many years are exported together, before the year-by-year part. */
    private static final int YEARS_BY_YEAR = 40;

    private final EnquiryService enquiries;
    private final PeopleService people;
    private final Transactions transactions;

    public EnquiryTransfer(EnquiryService enquiries, PeopleService people, Transactions transactions) {
        this.enquiries = enquiries;
        this.people = people;
        this.transactions = transactions;
    }

    /** Writes the whole register to a .csv or .xlsx file, oldest first; returns how many enquiries. */
    public int export(Path file) {
        EnquiryRows rows = new EnquiryRows(enquiries, people);
        int[] count = {0};
        int lastYear = enquiries.today().getYear();
        int firstYear = lastYear - YEARS_BY_YEAR;
        StreamedTableWriter.write(file, SHEET, EnquiryColumn.headers(), row -> {
            List<Enquiry> older = enquiries.receivedBetween(LocalDate.of(1, 1, 1), LocalDate.of(firstYear - 1, 12, 31));
            older.forEach(e -> row.accept(rows.row(e)));
            count[0] += older.size();
            for (int year = firstYear; year <= lastYear + 1; year++) {
                List<Enquiry> inYear = enquiries.receivedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                inYear.forEach(e -> row.accept(rows.row(e)));
                count[0] += inYear.size();
            }
        });
        return count[0];
    }

    /** A dry run: every problem in the file, and how many enquiries an import would record. Writes nothing. */
    public EnquiryImportReport check(Path file) {
        return prepare(file).report();
    }

    /** Imports the file if it has no problems; when it has, or a row is refused, nothing is written. */
    public EnquiryImportReport importFile(Path file) {
        Prepared prepared = prepare(file);
        EnquiryImportReport report = prepared.report();
        if (report.hasProblems()) {
            return report;
        }
        try {
            int saved = transactions.inTransaction(() -> {
                for (EnquiryRows.Planned p : prepared.planned()) {
                    try {
                        enquiries.record(p.enquiry());
                    } catch (ValidationException e) {
                        throw new RowRejectedException(EnquiryRows.problems(p.row(), prepared.columns(),
                                e.problems()));
                    }
                }
                return prepared.planned().size();
            });
            return new EnquiryImportReport(saved, List.of(), report.warnings(), true);
        } catch (RowRejectedException e) {
            return report.withProblems(e.problems());
        }
    }

    private record Prepared(List<EnquiryRows.Planned> planned, EnquiryRows.Columns columns,
                            EnquiryImportReport report) {
    }

    private Prepared prepare(Path file) {
        // The list kind only names the worksheet to look for, and a workbook is read here by its own name.
        Table table = TableFormat.of(file) == TableFormat.XLSX && Files.isRegularFile(file)
                ? TableReader.readWorkbook(file, SHEET) : TableReader.read(file, PersonKind.MEMBERS);
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        List<ImportProblem> warnings = new ArrayList<>();
        if (table.headers().isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new ImportProblem(0, null, "the file is empty; its first row must hold the column"
                        + " headings, such as Member, Received on, Subject and Kind."));
            }
            return new Prepared(List.of(), null, new EnquiryImportReport(0, problems, warnings, false));
        }
        int before = problems.size();
        EnquiryRows.Columns columns = EnquiryRows.Columns.of(table.headerRow(), table.headers(), problems, warnings);
        if (problems.size() > before) {
            return new Prepared(List.of(), columns, new EnquiryImportReport(0, problems, warnings, false));
        }
        EnquiryRows.Plan plan = new EnquiryRows(enquiries, people).plan(table, columns);
        problems.addAll(plan.problems());
        problems.sort(Comparator.comparingInt(ImportProblem::row)
                .thenComparingInt(p -> p.column() == null ? Integer.MAX_VALUE : table.headers().indexOf(p.column())));
        return new Prepared(plan.enquiries(), columns,
                new EnquiryImportReport(plan.enquiries().size(), problems, warnings, false));
    }
}
