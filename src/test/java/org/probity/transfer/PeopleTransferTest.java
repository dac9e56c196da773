package org.probity.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.app.AppContext;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.storage.TestDatabases;

class PeopleTransferTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void officersExportedToCsvOrXlsxImportIntoAFreshDatabaseAsTheSamePeople(TestDatabases.Kind kind) {
        for (String name : List.of("officers.csv", "officers.xlsx")) {
            try (AppContext source = SampleDirectory.context(kind); AppContext target = SampleDirectory.context(kind)) {
                SampleDirectory.fill(source.people());
                Path file = dir.resolve(name);
                assertThat(source.transfer().export(PersonKind.OFFICERS, file)).isEqualTo(6);

                ImportReport report = target.transfer().importFile(PersonKind.OFFICERS, file);

                assertThat(report.problems()).isEmpty();
                assertThat(report.warnings()).isEmpty();
                assertThat(report.summary()).isEqualTo("Imported 6 officers (2 new directorates, 2 new service areas).");
                assertThat(SampleDirectory.officers(target.people()))
                        .isEqualTo(SampleDirectory.officers(source.people()));
                // A service area created by the import belongs to the directorate its officers work in.
                assertThat(target.people().serviceAreas()).anySatisfy(a -> {
                    assertThat(a.name()).isEqualTo("Housing");
                    assertThat(target.people().directorateName(a.directorateId())).isEqualTo("Place");
                });
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void membersWithGroupHistoryWardsAndRolesSurviveARoundTrip(TestDatabases.Kind kind) {
        for (String name : List.of("members.csv", "members.xlsx")) {
            try (AppContext source = SampleDirectory.context(kind); AppContext target = SampleDirectory.context(kind)) {
                SampleDirectory.fill(source.people());
                SampleDirectory.groupsAndWards(target.people());
                Path file = dir.resolve(name);
                source.transfer().export(PersonKind.MEMBERS, file);

                ImportReport report = target.transfer().importFile(PersonKind.MEMBERS, file);

                assertThat(report.problems()).isEmpty();
                assertThat(report.summary()).isEqualTo("Imported 3 members (2 new service areas).");
                assertThat(SampleDirectory.members(target.people()))
                        .isEqualTo(SampleDirectory.members(source.people()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theCsvExportIsReadableByExcelAndCannotRunFormulas(TestDatabases.Kind kind) throws IOException {
        try (AppContext app = SampleDirectory.context(kind)) {
            SampleDirectory.fill(app.people());
            Path file = dir.resolve("officers.csv");
            app.transfer().export(PersonKind.OFFICERS, file);

            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).contains("Staff number,Forenames,Surname,Post,Directorate,Service area,Tier,"
                    + "Line manager staff number,Politically restricted,Statutory role,Start date,Leaving date,Email");
            assertThat(text).contains("E004,\"'=HYPERLINK(\"\"x\"\")\",'-Adams,'+Housing Officer,Place,Housing,5,E002,No,,,"
                    + "2026-12-31,");
            assertThat(text).contains("E001,Zoë,Zimmerman,Chief Executive,,,1,,Yes,Head of Paid Service,2018-04-03,,");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theWorkbookExportHasDateCellsAndAFrozenHeader(TestDatabases.Kind kind) throws IOException {
        try (AppContext app = SampleDirectory.context(kind)) {
            SampleDirectory.fill(app.people());
            Path file = dir.resolve("officers.xlsx");
            app.transfer().export(PersonKind.OFFICERS, file);

            try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
                Sheet sheet = workbook.getSheet("Officers");
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                Row header = sheet.getRow(0);
                assertThat(header.getCell(10).getStringCellValue()).isEqualTo("Start date");
                Row chief = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                        .filter(r -> r.getCell(0).getStringCellValue().equals("E001")).findFirst().orElseThrow();
                assertThat(chief.getCell(10).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(LocalDate.of(2018, 4, 3));
                assertThat(chief.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("d mmm yyyy");
                assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(6));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aFileWithBadRowsIsRejectedWithOneLinePerProblemAndNothingWritten(TestDatabases.Kind kind)
            throws IOException {
        try (AppContext app = SampleDirectory.context(kind)) {
            PeopleService people = app.people();
            people.saveOfficer(new Officer(null, "E9", "Pat", "Existing", "Clerk", null, null, 5, null, false, null,
                    null, null, null));
            Path file = dir.resolve("bad.csv");
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(("Staff number,Forenames,Surname,Post,Tier,Start date,Line manager,Directorate\n"
                        + "E1,Alex,Smith,Chief Executive,1,2020-01-06,,Place\n"
                        + "E2,Sam,,Director,2,2021-03-01,E1,Place\n"
                        + "E3,Jo,Bloggs,Head of Service,3,31/02/2026,E2,Place\n"
                        + "E2,Kim,Jones,Officer,4,01/03/2022,E1,Place\n").getBytes(StandardCharsets.UTF_8));
                out.write("E5,Ren".getBytes(StandardCharsets.UTF_8));
                out.write(0xE9); // é in Windows-1252
                out.write("e,Dupont,Officer,4,2022-03-01,E1,Place\n".getBytes(StandardCharsets.UTF_8));
                out.write("E9,Pat,Again,Clerk,5,,E77,Place\n".getBytes(StandardCharsets.UTF_8));
            }
            List<Integer> before = SampleDirectory.counts(app);

            ImportReport checked = app.transfer().check(PersonKind.OFFICERS, file);
            ImportReport imported = app.transfer().importFile(PersonKind.OFFICERS, file);

            List<String> expected = List.of(
                    "Row 3, column 'Surname': Surname is required.",
                    "Row 4, column 'Start date': 31/02/2026 is not a real date (use 23/11/2026, 23 Nov 2026 or 2026-11-23)",
                    "Row 5, column 'Staff number': duplicate officer: staff number E2 is also on row 3.",
                    "Row 7, column 'Staff number': duplicate officer: staff number E9 already belongs to Pat Existing,"
                            + " who is already in Probity. Remove this row, or give a different staff number.",
                    "Row 7, column 'Line manager': 'E77' is not the staff number of an officer in this file or already"
                            + " in Probity; give the line manager's staff number.");
            assertThat(checked.problems()).extracting(ImportProblem::describe).containsExactlyElementsOf(expected);
            assertThat(imported.problems()).extracting(ImportProblem::describe).containsExactlyElementsOf(expected);
            assertThat(imported.imported()).isFalse();
            assertThat(SampleDirectory.counts(app)).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void anUnknownGroupOrWardNamesTheKnownOnesAndWhereToAddOne(TestDatabases.Kind kind) throws IOException {
        try (AppContext app = SampleDirectory.context(kind)) {
            SampleDirectory.groupsAndWards(app.people());
            Path file = dir.resolve("members.csv");
            Files.writeString(file, "Title;First name;Last name;Party;Group since;Ward\n"
                    + "Cllr;Jane;Smith;Lab;2022-05-05;Castle; Abbey\n"
                    + "Cllr;Ann;Jones;Purple Party;;Nowhere\n");
            List<Integer> before = SampleDirectory.counts(app);

            ImportReport report = app.transfer().importFile(PersonKind.MEMBERS, file);

            assertThat(report.problems()).extracting(ImportProblem::describe).containsExactly(
                    "Row 3, column 'Party': 'Purple Party' is not a known political group (known groups: Labour,"
                            + " Riverside Independents). Correct the name, or add the group under People, Political"
                            + " groups first.",
                    "Row 3, column 'Ward': 'Nowhere' is not one of the authority's wards (known wards: Abbey, Castle,"
                            + " St Mary's). Separate several wards with semicolons; add a missing ward under People,"
                            + " Wards first.");
            assertThat(SampleDirectory.counts(app)).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void readsSemicolonSeparatedCsvWithAByteOrderMarkSynonymsAndLineBreaksInCells(TestDatabases.Kind kind)
            throws IOException {
        try (AppContext app = SampleDirectory.context(kind)) {
            Path file = dir.resolve("hr-extract.csv");
            Files.writeString(file, "\uFEFFPayroll number;First name;Family name;Job title;TIER;Manager;Notes\r\n"
                    + "\r\n"
                    + "100234;Amira;Khan;\"Head of Housing;\nand Homelessness\";Tier 3;200001;left early\r\n"
                    + "200001;Bo;Lee;Director;2;;\r\n");

            ImportReport dryRun = app.transfer().check(PersonKind.OFFICERS, file);
            assertThat(dryRun.problems()).isEmpty();
            assertThat(dryRun.warnings()).extracting(ImportProblem::describe).containsExactly(
                    "Row 1, column 'Notes': Probity does not keep this for officers, so the column is ignored.");
            assertThat(dryRun.summary()).isEqualTo("2 officers would be imported; no problems found.");
            assertThat(app.people().officers()).isEmpty();

            app.transfer().importFile(PersonKind.OFFICERS, file);
            Officer khan = app.people().officerByStaffNumber("100234").orElseThrow();
            assertThat(khan.post()).isEqualTo("Head of Housing;\nand Homelessness");
            assertThat(khan.tier()).isEqualTo(3);
            assertThat(khan.lineManagerId()).isEqualTo(app.people().officerByStaffNumber("200001").orElseThrow().id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void readsAWorkbookWithDateCellsNumbersAndTheOfficersSheet(TestDatabases.Kind kind) throws IOException {
        try (AppContext app = SampleDirectory.context(kind)) {
            Path file = dir.resolve("staff.xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                workbook.createSheet("Read me").createRow(0).createCell(0).setCellValue("Exported from HR");
                Sheet sheet = workbook.createSheet("Officers");
                var dateStyle = workbook.createCellStyle();
                dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
                Row header = sheet.createRow(0);
                String[] headings = {"Employee number", "Forename", "Surname", "Post", "Tier", "Start date",
                        "Leaving date"};
                for (int i = 0; i < headings.length; i++) {
                    header.createCell(i).setCellValue(headings[i]);
                }
                Row row = sheet.createRow(1);
                row.createCell(0).setCellValue(4711);
                row.createCell(1).setCellValue("Dee");
                row.createCell(2).setCellValue("Evans");
                row.createCell(3).setCellValue("Solicitor");
                row.createCell(4).setCellValue(4);
                row.createCell(5).setCellValue(LocalDate.of(2023, 11, 23));
                row.getCell(5).setCellStyle(dateStyle);
                row.createCell(6).setCellValue("31 Mar 2027");
                workbook.write(out);
            }

            ImportReport report = app.transfer().importFile(PersonKind.OFFICERS, file);

            assertThat(report.problems()).isEmpty();
            Officer evans = app.people().officerByStaffNumber("4711").orElseThrow();
            assertThat(evans.startDate()).isEqualTo(LocalDate.of(2023, 11, 23));
            assertThat(evans.leaveDate()).isEqualTo(LocalDate.of(2027, 3, 31));
            assertThat(evans.tier()).isEqualTo(4);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void rowNumbersAreThoseASpreadsheetShowsEvenAfterBlankLinesAndLineBreaksInCells(TestDatabases.Kind kind)
            throws IOException {
        try (AppContext app = SampleDirectory.context(kind)) {
            Path file = dir.resolve("gaps.csv");
            Files.writeString(file, "Staff number,Forenames,Surname,Post,Tier\n"
                    + "E1,Alex,Smith,\"Chief\nExecutive\",1\n"
                    + "\n"
                    + "E2,Sam,Lee,Director,20\n");

            ImportReport report = app.transfer().check(PersonKind.OFFICERS, file);

            assertThat(report.problems()).extracting(ImportProblem::describe).containsExactly(
                    "Row 4, column 'Tier': The tier must be a number from 1 (Chief Executive) to 9.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void importingMembersAgainWarnsThatTheyAreAlreadyThere(TestDatabases.Kind kind) throws IOException {
        try (AppContext app = SampleDirectory.context(kind)) {
            SampleDirectory.fill(app.people());
            Path file = dir.resolve("members.xlsx");
            app.transfer().export(PersonKind.MEMBERS, file);

            ImportReport report = app.transfer().check(PersonKind.MEMBERS, file);

            assertThat(report.problems()).isEmpty();
            assertThat(report.warnings()).extracting(ImportProblem::describe).contains(
                    "Row 4, column 'Surname': Cllr Jane Smith is already in Probity; importing adds another member"
                            + " of the same name.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aFileWithoutTheRequiredColumnsNamesThem(TestDatabases.Kind kind) throws IOException {
        try (AppContext app = SampleDirectory.context(kind)) {
            Path file = dir.resolve("names.csv");
            Files.writeString(file, "Name,Surname\nAlex,Smith\n");

            ImportReport report = app.transfer().check(PersonKind.OFFICERS, file);

            assertThat(report.problems()).extracting(ImportProblem::describe).containsExactly(
                    "Row 1: the file has no 'Staff number', 'Forenames', 'Post', 'Tier' columns, which officers must"
                            + " have. The first row must hold the column headings (columns found: Name, Surname).");
        }
    }
}
