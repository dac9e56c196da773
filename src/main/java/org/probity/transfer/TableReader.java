package org.probity.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads CSV files and Excel workbooks into a {@link Table}. CSV may be UTF-8 (with or without a byte
 * order mark) or Windows-1252 (what older Excel saves as "CSV"), told apart by whether the bytes are
 * valid UTF-8; the separator (comma, semicolon or tab) is the one the header line uses most.
 */
final class TableReader {

    static final String NOT_UTF8 = "the file is neither UTF-8 nor Windows-1252 text; save it as 'CSV UTF-8' and"
            + " try again";
    private static final java.nio.charset.Charset WINDOWS_1252 = java.nio.charset.Charset.forName("windows-1252");
    private static final char REPLACEMENT = '\uFFFD';

    private TableReader() {
    }

    static Table read(Path file, PersonKind kind) {
        return read(file, kind.sheetName());
    }

    /** Reads a CSV file, or the worksheet named {@code sheetName} (else the first) of a workbook. */
    static Table read(Path file, String sheetName) {
        if (!Files.isRegularFile(file)) {
            return Table.unreadable(new ImportProblem(0, null, "there is no file at " + file + "."));
        }
        return switch (TableFormat.of(file)) {
            case CSV -> readCsv(file);
            case XLSX -> readWorkbook(file, sheetName);
            case UNKNOWN -> Table.unreadable(new ImportProblem(0, null, "Probity reads .csv and .xlsx files; save "
                    + file.getFileName() + " in one of those formats and try again."));
        };
    }

    // CSV

    static Table readCsv(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Table.unreadable(new ImportProblem(0, null, "there is no file at " + file + "."));
        } catch (IOException e) {
            return Table.unreadable(new ImportProblem(0, null, "could not read " + file + " (" + e.getMessage()
                    + ")."));
        }
        boolean utf8 = isUtf8(bytes);
        boolean windows1252 = !utf8 && isWindows1252(bytes);
        // Decoding with replacement characters keeps the rows aligned, so each undecodable row can be named.
        String text = new String(bytes, windows1252 ? WINDOWS_1252 : StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator(text))
                // Empty lines are kept (and skipped below) so that record numbers match spreadsheet rows.
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .build();
        List<String> headers = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        int headerRow = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber();
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                if (!utf8 && !windows1252) {
                    for (int i = 0; i < cells.size(); i++) {
                        if (cells.get(i).indexOf(REPLACEMENT) >= 0) {
                            String column = headerRow == 0 || i >= headers.size() ? null : headers.get(i);
                            problems.add(new ImportProblem(number, column, NOT_UTF8));
                            break;
                        }
                    }
                }
                boolean blank = cells.stream().allMatch(String::isBlank);
                if (headerRow == 0 && !blank) {
                    headerRow = number;
                    cells.forEach(h -> headers.add(CellText.clean(h)));
                } else if (headerRow != 0 && !blank) {
                    rows.add(new Table.Row(number, cells.stream().map(CellText::clean).toList()));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            problems.add(new ImportProblem(0, null, "the file could not be read as CSV (" + e.getMessage()
                    + "); check that quotes are paired."));
        }
        return new Table(Math.max(headerRow, 1), headers, rows, problems);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Windows-1252 leaves five byte values unused; a file with any of them is neither encoding. */
    private static boolean isWindows1252(byte[] bytes) {
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
                return false;
            }
        }
        return true;
    }

    /** The separator that occurs most often, outside quotes, in the header line. */
    static char separator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> comma++;
                    case ';' -> semicolon++;
                    case '\t' -> tab++;
                    default -> { }
                }
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    // Excel

    static Table readWorkbook(Path file, PersonKind kind) {
        return readWorkbook(file, kind.sheetName());
    }

    /** Reads the worksheet named {@code sheetName} (ignoring case), else the first one. */
    static Table readWorkbook(Path file, String sheetName) {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                for (int i = 0; i < workbook.getNumberOfSheets() && sheet == null; i++) {
                    if (workbook.getSheetName(i).equalsIgnoreCase(sheetName)) {
                        sheet = workbook.getSheetAt(i);
                    }
                }
            }
            if (sheet == null) {
                sheet = workbook.getSheetAt(0);
            }
            DataFormatter formatter = new DataFormatter(Locale.UK);
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<String> headers = new ArrayList<>();
            List<Table.Row> rows = new ArrayList<>();
            int headerRow = 0;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int last = Math.max(row.getLastCellNum(), 0);
                for (int i = 0; i < last; i++) {
                    cells.add(CellText.clean(text(row.getCell(i), formatter, evaluator)));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (headerRow == 0) {
                    headers.addAll(cells);
                    headerRow = row.getRowNum() + 1;
                } else {
                    rows.add(new Table.Row(row.getRowNum() + 1, cells));
                }
            }
            return new Table(Math.max(headerRow, 1), headers, rows, List.of());
        } catch (EncryptedDocumentException e) {
            return Table.unreadable(new ImportProblem(0, null, "the workbook is protected by a password; save an"
                    + " unprotected copy and try again."));
        } catch (IOException | RuntimeException e) {
            return Table.unreadable(new ImportProblem(0, null, file.getFileName() + " is not an Excel workbook that"
                    + " Probity can read; save it as an .xlsx workbook or as 'CSV UTF-8' and try again."));
        }
    }

    private static String text(Cell cell, DataFormatter formatter,
                               org.apache.poi.ss.usermodel.FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return formatter.formatCellValue(cell, evaluator);
    }
}
