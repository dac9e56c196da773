package org.probity.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.probity.people.PeopleService;
import org.probity.storage.Transactions;

/**
 * Imports and exports the members and officers lists. {@link #check} reads a file and reports
 * every problem without writing anything; {@link #importFile} checks the same way and then
 * writes every row in one transaction, so an import is all or nothing. Every person goes
 * through {@link PeopleService}, so imported records are validated and audited like any other.
 */
public final class PeopleTransfer {

    private final PeopleService people;
    private final Transactions transactions;

    public PeopleTransfer(PeopleService people, Transactions transactions) {
        this.people = people;
        this.transactions = transactions;
    }

    /** A dry run: every problem in the file, and what an import would create. Writes nothing. */
    public ImportReport check(PersonKind kind, Path file) {
        Prepared prepared = prepare(kind, file);
        return prepared.report();
    }

    /**
     * Imports the file if it has no problems. The returned report says whether it was imported;
     * when it was not, the database is as it was.
     */
    public ImportReport importFile(PersonKind kind, Path file) {
        Prepared prepared = prepare(kind, file);
        ImportReport report = prepared.report();
        if (report.hasProblems()) {
            return report;
        }
        try {
            int saved = transactions.inTransaction(() -> prepared.plan().write().getAsInt());
            return new ImportReport(kind, saved, List.of(), report.warnings(), report.newDirectorates(),
                    report.newServiceAreas(), true);
        } catch (RowRejectedException e) {
            ImportReport refused = report;
            for (ImportProblem problem : e.problems()) {
                refused = refused.withProblem(problem);
            }
            return refused;
        }
    }

    /** Writes the whole list to a .csv or .xlsx file, as the extension says; returns how many people. */
    public int export(PersonKind kind, Path file) {
        List<List<Object>> rows = kind == PersonKind.OFFICERS ? new OfficerRows(people).export()
                : new MemberRows(people).export();
        List<String> headers = Column.of(kind).stream().map(Column::label).toList();
        TableWriter.write(file, kind.sheetName(), headers, rows);
        return rows.size();
    }

    private record Prepared(ImportPlan plan, ImportReport report) {
    }

    private Prepared prepare(PersonKind kind, Path file) {
        Table table = TableReader.read(file, kind);
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        List<ImportProblem> warnings = new ArrayList<>();
        if (table.headers().isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new ImportProblem(0, null, "the file is empty; its first row must hold the column"
                        + " headings, such as " + String.join(", ", Column.of(kind).stream().filter(Column::required)
                        .map(Column::label).toList()) + "."));
            }
            return new Prepared(null, new ImportReport(kind, 0, problems, warnings, List.of(), List.of(), false));
        }
        int before = problems.size();
        ColumnMap columns = ColumnMap.of(kind, table.headerRow(), table.headers(), problems, warnings);
        if (problems.size() > before) {
            // Without the required columns every row would repeat the same complaint.
            return new Prepared(null, new ImportReport(kind, 0, problems, warnings, List.of(), List.of(), false));
        }
        ImportPlan plan = kind == PersonKind.OFFICERS ? new OfficerRows(people).plan(table, columns)
                : new MemberRows(people).plan(table, columns);
        problems.addAll(plan.problems());
        warnings.addAll(plan.warnings());
        // Row by row, and within a row in the file's column order, as the user reads the spreadsheet.
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row)
                .thenComparingInt(p -> p.column() == null ? -1 : table.headers().indexOf(p.column())));
        return new Prepared(plan, new ImportReport(kind, plan.people(), problems, warnings, plan.newDirectorates(),
                plan.newServiceAreas(), false));
    }
}
