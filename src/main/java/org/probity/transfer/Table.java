package org.probity.transfer;

import java.util.List;

/**
 * The text of a CSV file or worksheet: its header row and the rows below it, each with its
 * spreadsheet row number, plus whatever stopped parts of it being read (such as bytes that are
 * not UTF-8). Dates from Excel date cells arrive as ISO text.
 */
record Table(int headerRow, List<String> headers, List<Row> rows, List<ImportProblem> problems) {

    Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    static Table unreadable(ImportProblem problem) {
        return new Table(1, List.of(), List.of(), List.of(problem));
    }

    /** One row below the header; {@code number} counts the header as row 1. */
    record Row(int number, List<String> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }
}
