package org.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher, as a user runs it: demo data exported from one data folder and
 * imported into a fresh one gives the same people.
 */
class PeopleRoundTripIT {

    @TempDir
    Path work;

    private record Run(int exitCode, String out, String err) {
    }

    private Run probity(String... args) throws IOException, InterruptedException {
        String launcher = System.getProperty("probity.launcher", "target/probity/bin/probity");
        List<String> command = new ArrayList<>();
        command.add(launcher);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(work.resolve("err.txt").toFile());
        builder.environment().remove("PROBITY_HOME");
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("probity finished").isTrue();
        return new Run(process.exitValue(), Files.readString(work.resolve("out.txt")),
                Files.readString(work.resolve("err.txt")));
    }

    @Test
    void officersExportedFromDemoDataImportIntoAFreshFolderAsTheSamePeople() throws Exception {
        Path first = work.resolve("first");
        Path second = work.resolve("second");
        Path exported = work.resolve("officers.csv");
        Path reExported = work.resolve("officers-again.csv");

        Run demo = probity("--data-dir", first.toString(), "demo", "--seed", "7");
        assertThat(demo.exitCode()).as(demo.err()).isZero();

        Run export = probity("--data-dir", first.toString(), "export", "officers", exported.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        List<String> rows = Files.readAllLines(exported, StandardCharsets.UTF_8);
        assertThat(rows.size() - 1).as("officers exported").isBetween(700, 900);

        Run dryRun = probity("--data-dir", second.toString(), "import", "officers", exported.toString(), "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        Run imported = probity("--data-dir", second.toString(), "import", "officers", exported.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        Run again = probity("--data-dir", second.toString(), "export", "officers", reExported.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readAllLines(reExported, StandardCharsets.UTF_8)).isEqualTo(rows);
    }
}
