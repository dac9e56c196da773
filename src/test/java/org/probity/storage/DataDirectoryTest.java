package org.probity.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/clerk");

    @Test
    void theCommandLineOptionWinsOverEverything() {
        Path chosen = DataDirectory.resolve(Optional.of(Path.of("/srv/registers")),
                Map.of("PROBITY_HOME", "/elsewhere"), "Linux", HOME);
        assertThat(chosen).isEqualTo(Path.of("/srv/registers"));
    }

    @Test
    void probityHomeWinsOverThePlatformFolder() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("PROBITY_HOME", "/data/probity"), "Linux", HOME))
                .isEqualTo(Path.of("/data/probity"));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/xdg/probity"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/probity"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("APPDATA", "/users/clerk/AppData/Roaming"),
                "Windows 11", HOME)).isEqualTo(Path.of("/users/clerk/AppData/Roaming/Probity"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/Probity"));
    }
}
