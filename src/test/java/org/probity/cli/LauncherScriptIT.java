package org.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the launcher that {@code mvn package} leaves in target/probity/bin, as a user would. */
class LauncherScriptIT {

    private static Path launcher;

    @TempDir
    Path work;

    record Result(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void findLauncher() {
        assumeFalse(System.getProperty("os.name", "").toLowerCase().contains("win"), "the sh launcher is for Unix");
        launcher = Path.of(System.getProperty("probity.launcher", "target/probity/bin/probity"));
        assertThat(launcher).as("run mvn package first").isExecutable();
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("PROBITY_HOME", work.resolve("home").toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished within two minutes").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheVersion() throws Exception {
        Result result = run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Probity ");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void printsHelpListingTheDemoCommand() throws Exception {
        Result result = run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: probity").contains("demo");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void loadsDemoDataIntoTheGivenFolder() throws Exception {
        Path data = work.resolve("data");

        Result result = run("--data-dir", data.toString(), "demo", "--seed", "7");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Loaded demo data for ").contains(" members, ").contains(" officers into ")
                .contains(data.toAbsolutePath().toString());
        assertThat(result.err()).doesNotContain("WARNING").doesNotContain("jOOQ");
        assertThat(data.resolve("probity.mv.db")).exists();
    }

    @Test
    void anUnknownCommandGivesOneLineOnStandardErrorAndFails() throws Exception {
        Result result = run("frobnicate");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).startsWith("probity: ").contains("frobnicate").hasLineCount(1);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void refusesAJavaHomeWithoutJavaWithOneLine() throws Exception {
        List<String> command = List.of(launcher.toString(), "--version");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().put("JAVA_HOME", work.resolve("no-java-here").toString());
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isNotZero();
        assertThat(err).contains("JAVA_HOME").contains("Java 17").hasLineCount(1);
    }
}
