package org.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.demo.DemoAuthority;
import org.probity.demo.DemoScale;

class GroupMeetingCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int probity(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true), w -> { });
    }

    private List<String> outLines() {
        return Arrays.asList(out.toString().split("\\R"));
    }

    @Test
    void theDemoRegisterIsListedExportedAndImportedIntoAnotherFolderWithTheSamePeople() {
        String first = dir.resolve("first").toString();
        String second = dir.resolve("second").toString();
        String file = dir.resolve("meetings.csv").toString();

        assertThat(probity("--data-dir", first, "demo")).isZero();
        assertThat(out.toString()).contains("Loaded 60 group meetings and briefings");

        assertThat(probity("--data-dir", first, "list", "group-meetings")).isZero();
        List<String> table = outLines();
        assertThat(table.get(0)).startsWith("Reference      Meeting date").contains("Group", "Officers", "Status");
        assertThat(table.get(1)).startsWith("GRP-");
        assertThat(table.get(table.size() - 1)).isEqualTo("60 meetings.");
        String listed = out.toString();

        assertThat(probity("--data-dir", first, "list", "group-meetings", "--alerts")).isZero();
        assertThat(out.toString()).contains("    Attendance not yet reported to the Monitoring Officer: ",
                "    Officer would attend alone: ", "    Chief Executive's authorisation not recorded: ")
                .containsPattern("\\d+ meetings with open alerts\\.");
        assertThat(outLines().stream().filter(l -> l.startsWith("GRP-")).count()).isBetween(5L, 59L);

        assertThat(probity("--data-dir", first, "list", "group-meetings", "--format", "csv")).isZero();
        assertThat(outLines().get(0))
                .isEqualTo("Reference,Meeting date,Group,Kind,Subject,Officers,Status,Open alerts");
        assertThat(outLines()).hasSize(61);
        assertThat(outLines().get(1)).matches("GRP-\\d{4}-\\d{4},\\d{4}-\\d{2}-\\d{2},.*");

        assertThat(probity("--data-dir", first, "export", "group-meetings", file)).isZero();
        assertThat(out.toString().strip()).isEqualTo("Exported 60 group meetings to " + file + ".");

        // The same folder already holds them: each row is refused and nothing changes.
        assertThat(probity("--data-dir", first, "import", "group-meetings", file, "--dry-run")).isEqualTo(1);
        assertThat(err.toString()).contains("Row 2, column 'Reference': GRP-")
                .contains("is already in the register").contains("Nothing was imported: the file has 60 problems.");

        try (AppContext people = AppContext.openEmbedded(Path.of(second))) {
            new DemoAuthority(people.people(), people.database().session(), people.clock()).load(1, DemoScale.SMALL);
        }
        assertThat(probity("--data-dir", second, "import", "group-meetings", file, "--dry-run")).isZero();
        assertThat(out.toString().strip()).isEqualTo("60 group meetings would be imported; no problems found.");
        assertThat(probity("--data-dir", second, "list", "group-meetings")).isZero();
        assertThat(out.toString().strip()).isEqualTo("The register has no group meetings.");

        assertThat(probity("--data-dir", second, "import", "group-meetings", file)).isZero();
        assertThat(out.toString().strip()).isEqualTo("Imported 60 group meetings.");
        assertThat(probity("--data-dir", second, "list", "group-meetings")).isZero();
        assertThat(out.toString()).isEqualTo(listed);
    }

    @Test
    void aWrongFormatOrNoRegisterIsExplainedOnOneLine() {
        String data = dir.resolve("data").toString();

        assertThat(probity("--data-dir", data, "list", "group-meetings", "--format", "xml")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("probity: --format is text or csv (not 'xml').");

        assertThat(probity("--data-dir", data, "list")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("probity: say which register to list: relationships,"
                + " group-meetings, enquiries, complaints (for example: probity list relationships).");

        assertThat(probity("--data-dir", data, "list", "group-meetings", "--alerts")).isZero();
        assertThat(out.toString().strip()).isEqualTo("No group meeting has an open alert.");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWithItsName() {
        String data = dir.resolve("data").toString();
        String missing = dir.resolve("nowhere.csv").toString();

        assertThat(probity("--data-dir", data, "import", "group-meetings", missing)).isEqualTo(1);
        assertThat(err.toString()).contains("here is no file at " + missing);

        assertThat(probity("--data-dir", data, "export", "group-meetings", dir.resolve("list.pdf").toString()))
                .isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("probity: Probity writes .csv and .xlsx files; end the file "
                + "name with .csv or .xlsx.");
    }
}
