package org.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import org.probity.app.AppContext;
import org.probity.common.DueItem;

class DemoCommandTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true), w -> { });
    }

    @Test
    void loadsASmallAuthorityAndSaysWhatItLoadedWhere() {
        int code = run("--data-dir", dataDir.toString(), "demo", "--seed", "7");

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).matches("Loaded demo data for .+ Council: \\d+ members, \\d+ declared"
                + " relationships and \\d+ officers into "
                + Pattern.quote(dataDir.toAbsolutePath().normalize().toString()) + "\\.\\R"
                + "Loaded \\d+ group meetings and briefings \\(\\d+ s\\)\\.\\R"
                + "Loaded the Member/Officer Relations Protocol \\(two adopted versions\\) and its review, approved"
                + " by the Standards Committee and next before the Constitution Working Group\\.\\R"
                + "Loaded 60 demo complaints\\.\\R");
        try (AppContext app = AppContext.openEmbedded(dataDir)) {
            // Complaints received since the protocol was adopted cite paragraphs of the version in force.
            assertThat(app.complaints().all()).anySatisfy(c -> assertThat(app.complaints().describeParagraphs(c))
                    .isNotEmpty().allSatisfy(p -> assertThat(c.paragraphNumbers()).as("first words shown")
                            .doesNotContain(p)));
            assertThat(out.toString()).contains(app.people().profile().name())
                    .contains(app.people().countMembers() + " members, " + app.relationships().count()
                            + " declared relationships and " + app.people().countOfficers() + " officers");
            // Today shows some work overdue in every register, all of it from the last few months,
            // as in an office that keeps up.
            java.time.LocalDate today = java.time.LocalDate.now(app.clock());
            List<DueItem> overdue = app.dueItemSources().stream()
                    .flatMap(s -> s.dueItems(today, today).stream()).filter(i -> i.due().isBefore(today)).toList();
            assertThat(overdue).extracting(DueItem::register).contains("Relationships", "Group meetings",
                    "Enquiries");
            assertThat(overdue).allSatisfy(i -> assertThat(i.due()).as(i.what()).isAfter(today.minusDays(120)));
        }
    }

    @Test
    void refusesAFolderThatAlreadyHasPeopleWithOneLine() {
        assertThat(run("--data-dir", dataDir.toString(), "demo")).isZero();

        int code = run("--data-dir", dataDir.toString(), "demo", "--seed", "2");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("probity: the data folder ").contains("already holds")
                .contains("--data-dir").hasLineCount(1);
    }

    @Test
    void anUnknownScaleIsNamedInAOneLineError() {
        int code = run("--data-dir", dataDir.toString(), "demo", "--scale", "huge");

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("'huge' is not a scale; use small or large").hasLineCount(1);
        assertThat(out.toString()).isEmpty();
    }
}
