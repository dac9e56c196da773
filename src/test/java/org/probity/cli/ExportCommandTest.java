package org.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.people.Officer;

class ExportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int probity(String... args) {
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true), w -> { });
    }

    @Test
    void exportsOfficersToTheFileNamedAndSaysHowMany() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = AppContext.openEmbedded(data)) {
            app.people().saveOfficer(new Officer(null, "E1", "Alex", "Smith", "Chief Executive", null, null, 1, null,
                    true, null, LocalDate.of(2020, 1, 6), null, null));
        }
        Path file = dir.resolve("out.csv");

        int code = probity("--data-dir", data.toString(), "export", "officers", file.toString());

        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString().strip()).isEqualTo("Exported 1 officer to " + file + ".");
        assertThat(Files.readString(file)).contains("E1,Alex,Smith,Chief Executive,,,1,,Yes,,2020-01-06,,");
    }

    @Test
    void anUnknownFormatIsAOneLineError() {
        Path file = dir.resolve("out.pdf");

        int code = probity("--data-dir", dir.resolve("data").toString(), "export", "members", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip())
                .isEqualTo("probity: Probity writes .csv and .xlsx files; end the file name with .csv or .xlsx.");
        assertThat(file).doesNotExist();
    }

    @Test
    void anUnknownListIsRefused() {
        int code = probity("--data-dir", dir.resolve("data").toString(), "export", "councillors", "x.csv");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip())
                .isEqualTo("probity: say what to export: 'members', 'officers', 'relationships', 'group-meetings', 'enquiries' or 'complaints' (not 'councillors').");
    }
}
