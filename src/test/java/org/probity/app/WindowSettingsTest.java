package org.probity.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.ui.ThemeSetting;

class WindowSettingsTest {

    @TempDir
    Path dataDir;

    @Test
    void remembersValuesAcrossSessions() {
        WindowSettings first = WindowSettings.load(dataDir);
        first.putNumber("window.width", 1033.4);
        first.setTheme(ThemeSetting.DARK);
        first.values().put("table.officersTable.columns", "name:200:true");
        first.save();

        WindowSettings second = WindowSettings.load(dataDir);
        assertThat(second.number("window.width")).contains(1033.0);
        assertThat(second.theme()).isEqualTo(ThemeSetting.DARK);
        assertThat(second.text("table.officersTable.columns")).contains("name:200:true");
        assertThat(dataDir.resolve("window.properties.tmp")).doesNotExist();
    }

    @Test
    void aDamagedFileGivesTheDefaults() throws Exception {
        Files.writeString(dataDir.resolve(WindowSettings.FILE_NAME), "window.width=wide\ntheme=purple\n\\u12");

        WindowSettings settings = WindowSettings.load(dataDir);

        assertThat(settings.number("window.width")).isEmpty();
        assertThat(settings.theme()).isEqualTo(ThemeSetting.LIGHT);
    }
}
