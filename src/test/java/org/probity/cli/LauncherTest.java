package org.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherTest {

    private final List<Path> windowsOpened = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true), windowsOpened::add);
    }

    @Test
    void noArgumentsOpensTheWindowOnTheUsualDataFolder() {
        assertThat(run()).isEqualTo(Launcher.WINDOW_OPENED);
        assertThat(windowsOpened).hasSize(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aDataFolderAloneOpensTheWindowOnThatFolder() {
        run("--data-dir", "/srv/probity");
        run("--data-dir=/srv/other");
        assertThat(windowsOpened).containsExactly(Path.of("/srv/probity"), Path.of("/srv/other"));
    }

    @Test
    void helpAndCommandsDoNotOpenTheWindow() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: probity").contains("deadline").contains("import")
                .contains("export").contains("demo");
        assertThat(run("--data-dir")).isEqualTo(2);
        assertThat(err.toString()).startsWith("probity: ").contains("--data-dir");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(windowsOpened).isEmpty();
    }
}
