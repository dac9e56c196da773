package org.probity.transfer;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes a table held in memory as CSV (UTF-8 with a byte order mark, which Excel needs to read
 * accents correctly) or as an Excel workbook, the same way {@link StreamedTableWriter} writes a
 * table row by row: formula-safe, written beside its destination and moved into place, so an
 * existing file is never left half-overwritten.
 */
public final class TableWriter {

    private TableWriter() {
    }

    public static void write(Path file, String sheetName, List<String> headers, List<List<Object>> rows) {
        StreamedTableWriter.write(file, sheetName, headers, row -> rows.forEach(row));
    }
}
