package org.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;

class ImportCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int probity(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true), w -> { });
    }

    /** A directorate of 800 officers: a chief executive, 4 directors, 20 heads of service and their staff. */
    private Path eightHundredOfficers() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("Staff number,Forenames,Surname,Post,Directorate,Service area,Tier,Line manager staff number");
        lines.add("S0000,Chris,Chief,Chief Executive,,,1,");
        for (int i = 1; i < 800; i++) {
            int director = 1 + i % 4;
            int head = 5 + i % 20;
            String manager = i <= 4 ? "S0000" : i <= 24 ? "S" + String.format("%04d", director)
                    : "S" + String.format("%04d", head);
            int tier = i <= 4 ? 2 : i <= 24 ? 3 : 4;
            lines.add(String.format("S%04d,Alex,Officer %d,Post %d,Directorate %d,Area %d,%d,%s", i, i, i, director,
                    head, tier, manager));
        }
        Path file = dir.resolve("officers.csv");
        Files.write(file, lines);
        return file;
    }

    @Test
    void exportedOfficersImportIntoAFreshDataFolderAsTheSamePeople() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Path file = eightHundredOfficers();
        assertThat(probity("--data-dir", first.toString(), "import", "officers", file.toString())).isZero();
        assertThat(out.toString().strip())
                .isEqualTo("Imported 800 officers (4 new directorates, 20 new service areas).");

        Path exported = dir.resolve("out.csv");
        assertThat(probity("--data-dir", first.toString(), "export", "officers", exported.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("Exported 800 officers to " + exported + ".");

        assertThat(probity("--data-dir", second.toString(), "import", "officers", exported.toString(), "--dry-run"))
                .isZero();
        assertThat(out.toString().strip()).isEqualTo(
                "800 officers would be imported (4 new directorates, 20 new service areas); no problems found.");
        assertThat(probity("--data-dir", second.toString(), "import", "officers", exported.toString())).isZero();

        try (AppContext a = AppContext.openEmbedded(first); AppContext b = AppContext.openEmbedded(second)) {
            assertThat(b.people().countOfficers()).isEqualTo(800);
            Path again = dir.resolve("again.csv");
            b.transfer().export(org.probity.transfer.PersonKind.OFFICERS, again);
            assertThat(Files.readString(again)).isEqualTo(Files.readString(exported));
        }
    }

    @Test
    void problemsArePrintedOnePerLineAndNothingIsImported() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "Staff number,Forenames,Surname,Post,Tier\n"
                + "E1,Alex,Smith,Chief Executive,1\n"
                + "E2,Sam,,Director,2\n"
                + "E1,Kim,Jones,Officer,4\n");
        Path data = dir.resolve("data");

        int code = probity("--data-dir", data.toString(), "import", "officers", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).containsExactly(
                "Row 3, column 'Surname': Surname is required.",
                "Row 4, column 'Staff number': duplicate officer: staff number E1 is also on row 2.",
                "Nothing was imported: the file has 2 problems.");
        try (AppContext app = AppContext.openEmbedded(data)) {
            assertThat(app.people().countOfficers()).isZero();
        }
    }

    @Test
    void aMissingFileIsAOneLineProblem() {
        Path file = dir.resolve("missing.xlsx");

        int code = probity("--data-dir", dir.resolve("data").toString(), "import", "members", file.toString(),
                "--dry-run");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).first().isEqualTo("There is no file at " + file + ".");
    }
}
