package org.probity.transfer;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats Probity reads and writes, told apart by the file name's extension. */
enum TableFormat {
    CSV, XLSX, UNKNOWN;

    static TableFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            return CSV;
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
            return XLSX;
        }
        return UNKNOWN;
    }
}
