package org.probity.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.probity.app.AppContext;
import org.probity.storage.TestDatabases;

/**
 * Feeds the importers files that are wrong in every way generated here: bad encodings, stray
 * quotes and separators, impossible dates, missing or repeated columns, formulas, cut-off
 * workbooks and plain noise. Whatever comes in, the import either takes every row or none, and
 * answers with problems rather than an exception.
 */
class MalformedImportPropertyIT {

    private static final List<String> HEADERS = List.of("Staff number", "Forenames", "Surname", "Post", "Tier",
            "Start date", "Line manager", "Directorate", "Service area", "Leave date", "E-mail", "Unknown column");
    private static final List<String> NASTY = List.of("", " ", "\"", "\"\"", "\"a,b\"", "a\"b", ";", ",", "\t",
            "\n", "\r\n", "=cmd|' /C calc'!A0", "+1", "-1", "@x", "31/02/2026", "23 Nov 2026", "2026-11-23", "46349",
            "99999999", "0", "-5", "abc", "É", "\u00A0", "\uFEFF", "E1", "E2", "E2", "Place", "x".repeat(5000),
            "1e309", "NaN", "null", "'", "'=1", "\u0000", "\uD83D\uDE00");
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1);

    private static Path dir;
    private static AppContext app;

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("malformed-imports");
        app = new AppContext(TestDatabases.h2(), java.util.Optional.empty(), SampleDirectory.CLOCK, "mo");
        SampleDirectory.fill(app.people());
    }

    @AfterContainer
    static void close() throws IOException {
        app.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 10_000, seed = "20261123")
    void anyMalformedFileGivesProblemsNotAnExceptionAndNeverAPartialImport(
            @ForAll("malformedFiles") GeneratedFile generated) throws IOException {
        Path file = dir.resolve("import" + generated.extension());
        Files.write(file, generated.bytes());
        PersonKind kind = generated.members() ? PersonKind.MEMBERS : PersonKind.OFFICERS;
        List<Integer> before = SampleDirectory.counts(app);

        ImportReport report = app.transfer().importFile(kind, file);

        List<Integer> after = SampleDirectory.counts(app);
        if (report.hasProblems()) {
            assertThat(report.imported()).isFalse();
            assertThat(after).as("nothing stored from a refused file").isEqualTo(before);
            assertThat(report.problems()).allSatisfy(p -> assertThat(p.describe()).isNotBlank());
        } else {
            int people = kind == PersonKind.MEMBERS ? 1 : 0;
            assertThat(after.get(people) - before.get(people)).as("every row or none")
                    .isIn(0, report.people());
        }
    }

    record GeneratedFile(byte[] bytes, String extension, boolean members) {
        @Override
        public String toString() {
            return extension + " of " + bytes.length + " bytes";
        }
    }

    @Provide
    Arbitrary<GeneratedFile> malformedFiles() {
        Arbitrary<List<String>> header = Arbitraries.of(HEADERS).list().ofMinSize(0).ofMaxSize(10);
        Arbitrary<List<List<String>>> rows = Arbitraries.of(NASTY).list().ofMaxSize(10).list().ofMaxSize(6);
        Arbitrary<String> separator = Arbitraries.of(",", ";", "\t", "|");
        Arbitrary<Charset> encoding = Arbitraries.of(ENCODINGS);
        Arbitrary<Boolean> bom = Arbitraries.of(true, false);
        Arbitrary<GeneratedFile> csv = Combinators.combine(header, rows, separator, encoding, bom,
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 100))
                .as((h, r, sep, enc, withBom, members, cut) -> {
                    StringBuilder text = new StringBuilder(withBom ? "\uFEFF" : "");
                    text.append(String.join(sep, h)).append('\n');
                    for (List<String> row : r) {
                        text.append(String.join(sep, row)).append(cut % 3 == 0 ? "\r\n" : "\n");
                    }
                    byte[] bytes = text.toString().getBytes(enc);
                    // Some files are cut off part-way, as a copy interrupted would leave them.
                    int length = cut > 80 ? bytes.length * cut / 100 / 2 : bytes.length;
                    return new GeneratedFile(java.util.Arrays.copyOf(bytes, length), ".csv", members);
                });
        Arbitrary<GeneratedFile> noise = Combinators.combine(Arbitraries.bytes().array(byte[].class).ofMaxSize(2000),
                Arbitraries.of(".csv", ".xlsx", ".xls", ".txt"), Arbitraries.of(true, false))
                .as(GeneratedFile::new);
        Arbitrary<GeneratedFile> workbook = Combinators.combine(header, rows, Arbitraries.integers().between(1, 100),
                Arbitraries.of(true, false))
                .as((h, r, percent, members) -> {
                    byte[] whole = workbook(h, r);
                    return new GeneratedFile(java.util.Arrays.copyOf(whole, Math.max(1, whole.length * percent / 100)),
                            ".xlsx", members);
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, csv), net.jqwik.api.Tuple.of(2, noise), net.jqwik.api.Tuple.of(1, workbook));
    }

    private static byte[] workbook(List<String> header, List<List<String>> rows) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet("Officers");
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            for (int i = 0; i < all.size(); i++) {
                var row = sheet.createRow(i);
                for (int j = 0; j < all.get(i).size(); j++) {
                    String value = all.get(i).get(j);
                    row.createCell(j).setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) : value);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
