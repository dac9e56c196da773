package org.probity.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeTransferTest {

    private static final String HEADER = "Staff number,Forenames,Surname,Start date";

    @TempDir
    Path dir;

    private Table csv(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return TableReader.read(file, "Officers");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void utf8WithAndWithoutBomAndWindows1252AllReadTheSameAccents() throws IOException {
        String text = HEADER + "\r\nE1,Renée,Dupont-Müller,23/11/2026\r\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        List<Table> tables = List.of(
                csv("plain.csv", text.getBytes(StandardCharsets.UTF_8)),
                csv("bom.csv", concat(bom, text.getBytes(StandardCharsets.UTF_8))),
                csv("excel.csv", text.getBytes(Charset.forName("windows-1252"))));

        for (Table table : tables) {
            assertThat(table.problems()).isEmpty();
            assertThat(table.headers()).containsExactly("Staff number", "Forenames", "Surname", "Start date");
            assertThat(table.rows()).singleElement()
                    .satisfies(row -> assertThat(row.cells()).containsExactly("E1", "Renée", "Dupont-Müller",
                            "23/11/2026"));
        }
    }

    @Test
    void commaSemicolonAndTabSeparatorsAndQuotedNewlinesAreRead() throws IOException {
        for (String separator : List.of(",", ";", "\t")) {
            String text = String.join(separator, "Staff number", "Forenames", "Notes") + "\n"
                    + String.join(separator, "E1", "\"Jo, Jr\"", "\"Line one\nLine \"\"two\"\"\"") + "\n";
            Table table = csv("sep.csv", text.getBytes(StandardCharsets.UTF_8));

            assertThat(table.problems()).isEmpty();
            assertThat(table.rows()).singleElement()
                    .satisfies(row -> assertThat(row.cells()).containsExactly("E1", "Jo, Jr", "Line one\nLine \"two\""));
        }
    }

    @Test
    void datesAreReadInEveryAcceptedFormIncludingExcelDayNumbers() {
        LocalDate expected = LocalDate.of(2026, 11, 23);
        for (String form : List.of("23/11/2026", "23 Nov 2026", "2026-11-23", "23 November 2026", "46349")) {
            assertThat(CellText.date(form).value()).as(form).isEqualTo(expected);
        }
        assertThat(CellText.date("31/02/2026").problem()).contains("is not a real date")
                .contains("23/11/2026, 23 Nov 2026 or 2026-11-23");
        assertThat(CellText.date("123").failed()).isTrue();
    }

    @Test
    void aWorkbookWithSeveralSheetsIsReadFromTheNamedSheet() throws IOException {
        Path file = dir.resolve("several.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet notes = workbook.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("Read me first");
            Sheet officers = workbook.createSheet("Officers");
            officers.createRow(0).createCell(0).setCellValue("Staff number");
            officers.createRow(1).createCell(0).setCellValue("E7");
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        Table table = TableReader.read(file, "officers");

        assertThat(table.headers()).containsExactly("Staff number");
        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.cells()).containsExactly("E7"));
    }

    @Test
    void anExportedFormulaOpensAsTextInASpreadsheetAndInCsv() throws IOException {
        String formula = "=HYPERLINK(\"http://x\",\"y\")";
        List<String> dangerous = List.of(formula, "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1");
        Path xlsx = dir.resolve("out.xlsx");
        Path csv = dir.resolve("out.csv");
        List<List<Object>> rows = dangerous.stream().map(text -> List.<Object>of(text)).toList();

        TableWriter.write(xlsx, "Officers", List.of("Notes"), rows);
        TableWriter.write(csv, "Officers", List.of("Notes"), rows);

        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < dangerous.size(); i++) {
                var cell = sheet.getRow(i + 1).getCell(0);
                assertThat(cell.getCellType()).as(dangerous.get(i)).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(dangerous.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(workbook.getNumberOfSheets()).as("no other sheets").isEqualTo(1);
            assertThat(workbook.isSheetHidden(0)).isFalse();
            assertThat(workbook.getAllNames()).as("no named ranges").isEmpty();
        }
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(written).contains("'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")").contains("'+1+1").contains("'@SUM(A1)")
                .doesNotContain("\n=").doesNotContain(",=");
        Table back = TableReader.read(csv, "Officers");
        assertThat(back.rows()).extracting(r -> r.cell(0)).first().isEqualTo(formula);
    }

    @Test
    void aFailedExportLeavesTheEarlierFileWholeAndNoHalfFileBehind() throws IOException {
        Path file = dir.resolve("officers.csv");
        TableWriter.write(file, "Officers", List.of("Name"), List.of(List.of("Before")));
        byte[] before = Files.readAllBytes(file);

        try {
            StreamedTableWriter.write(file, "Officers", List.of("Name"), row -> {
                row.accept(List.of("Half"));
                throw new IllegalStateException("the register could not be read");
            });
        } catch (IllegalStateException expected) {
            // the export failed part-way, as a crash would
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("officers.csv");
        }
    }
}
