package org.probity.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table one row at a time, so even a register of hundreds of thousands of rows is never
 * held in memory: CSV in UTF-8 with a byte order mark, and workbooks through POI's streaming
 * workbook, which keeps only a window of rows in memory. Cells are made formula-safe, and the
 * file is written beside its destination and moved into place.
 */
final class StreamedTableWriter {

    private static final int MAX_WIDTH = 60;
    private static final int ROWS_IN_MEMORY = 500;

    /** Receives the rows of the table, in order. */
    interface RowSource {
        void rows(Consumer<List<Object>> row);
    }

    private StreamedTableWriter() {
    }

    static void write(Path file, String sheetName, List<String> headers, RowSource source) {
        TableFormat format = TableFormat.of(file);
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (format == TableFormat.UNKNOWN || name.toLowerCase(Locale.ROOT).endsWith(".xls")) {
            throw new TransferException("Probity writes .csv and .xlsx files; end the file name with .csv or .xlsx.");
        }
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new TransferException("The folder " + folder + " does not exist; choose another place to save "
                    + name + ".");
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + name + "-", ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                if (format == TableFormat.CSV) {
                    writeCsv(out, headers, source);
                } else {
                    writeWorkbook(out, sheetName, headers, source);
                }
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new TransferException("Could not write " + target + " (" + e.getMessage() + "); check that the"
                    + " folder can be written to and the file is not open in another program.", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the leftover is a hidden .part file; nothing the user needs to act on
                }
            }
        }
    }

    private static void writeCsv(OutputStream out, List<String> headers, RowSource source) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(headers);
        source.rows(row -> {
            try {
                printer.printRecord(row.stream().map(StreamedTableWriter::csvText).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    private static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return CellText.neutralise(value.toString());
    }

    private static void writeWorkbook(OutputStream out, String sheetName, List<String> headers, RowSource source)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            int[] widths = new int[headers.size()];
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(headerStyle);
                widths[i] = headers.get(i).length();
            }
            int[] next = {1};
            source.rows(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null || "".equals(value)) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    int length;
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                        length = 11;
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                        length = number.toString().length();
                    } else {
                        String text = value.toString();
                        cell.setCellValue(text);
                        if (!CellText.neutralise(text).equals(text)) {
                            cell.setCellStyle(quoted);
                        } else if (text.indexOf('\n') >= 0) {
                            cell.setCellStyle(wrapped);
                        }
                        length = text.length();
                    }
                    if (i < widths.length) {
                        widths[i] = Math.max(widths[i], length);
                    }
                }
            });
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH) + 3) * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
