package org.probity.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.probity.common.ValidationException;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintService;
import org.probity.people.PeopleService;
import org.probity.storage.Transactions;

/**
 * Imports and exports the register of complaints. An export leaves the complainant, the person
 * complained about and the summary out unless asked to include them, since a file travels
 * further than the register. An import is checked in full first and then written in one
 * transaction through {@link ComplaintService}, so every complaint is validated, routed and
 * audited, and a refused row leaves the register as it was. Each imported complaint starts at
 * the first stage of its route's procedure, closed at once when the row gives its outcome.
 */
public final class ComplaintTransfer {

    static final String SHEET = "Complaints";

    private final ComplaintService complaints;
    private final PeopleService people;
    private final Transactions transactions;

    public ComplaintTransfer(ComplaintService complaints, PeopleService people, Transactions transactions) {
        this.complaints = complaints;
        this.people = people;
        this.transactions = transactions;
    }

    /** Writes the whole register to a .csv or .xlsx file, oldest first; returns how many complaints. */
    public int export(Path file, boolean includeConfidential) {
        if (includeConfidential && !complaints.maySeeConfidential()) {
            throw new ValidationException("includeConfidential", "You may not see complaints' confidential fields,"
                    + " so they cannot be exported.");
        }
        ComplaintRows rows = new ComplaintRows(complaints, people);
        List<Complaint> all = complaints.all();
        StreamedTableWriter.write(file, SHEET, ComplaintColumn.written(includeConfidential).stream()
                .map(ComplaintColumn::label).toList(), row -> all.forEach(c -> row.accept(rows.row(c,
                includeConfidential))));
        return all.size();
    }

    /** A dry run: every problem in the file, and how many complaints an import would log. Writes nothing. */
    public ComplaintImportReport check(Path file) {
        return prepare(file).report();
    }

    /** Imports the file if it has no problems; when it has, or a row is refused, nothing is written. */
    public ComplaintImportReport importFile(Path file) {
        Prepared prepared = prepare(file);
        ComplaintImportReport report = prepared.report();
        if (report.hasProblems()) {
            return report;
        }
        try {
            int saved = transactions.inTransaction(() -> {
                for (ComplaintRows.Planned p : prepared.planned()) {
                    try {
                        complaints.log(p.complaint(), null);
                    } catch (ValidationException e) {
                        throw new RowRejectedException(ComplaintRows.problems(p.row(), prepared.columns(),
                                e.problems()));
                    }
                }
                return prepared.planned().size();
            });
            return new ComplaintImportReport(saved, List.of(), report.warnings(), true);
        } catch (RowRejectedException e) {
            return report.withProblems(e.problems());
        }
    }

    private record Prepared(List<ComplaintRows.Planned> planned, ComplaintRows.Columns columns,
                            ComplaintImportReport report) {
    }

    private Prepared prepare(Path file) {
        Table table = TableReader.read(file, SHEET);
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        List<ImportProblem> warnings = new ArrayList<>();
        if (table.headers().isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new ImportProblem(0, null, "the file is empty; its first row must hold the column"
                        + " headings, such as Received on, Direction, Complainant, Complained about and Category."));
            }
            return new Prepared(List.of(), null, new ComplaintImportReport(0, problems, warnings, false));
        }
        int before = problems.size();
        ComplaintRows.Columns columns = ComplaintRows.Columns.of(table.headerRow(), table.headers(), problems,
                warnings);
        if (problems.size() > before) {
            return new Prepared(List.of(), columns, new ComplaintImportReport(0, problems, warnings, false));
        }
        ComplaintRows.Plan plan = new ComplaintRows(complaints, people).plan(table, columns);
        problems.addAll(plan.problems());
        problems.sort(Comparator.comparingInt(ImportProblem::row)
                .thenComparingInt(p -> p.column() == null ? Integer.MAX_VALUE : table.headers().indexOf(p.column())));
        return new Prepared(plan.complaints(), columns,
                new ComplaintImportReport(plan.complaints().size(), problems, warnings, false));
    }
}
