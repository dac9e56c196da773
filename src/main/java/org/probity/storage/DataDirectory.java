package org.probity.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The folder that holds the database, backups and logs. Chosen, in order, by the
 * {@code --data-dir} option, the {@code PROBITY_HOME} environment variable, and the
 * platform's usual place for application data.
 */
public final class DataDirectory {

    public static final String ENVIRONMENT_VARIABLE = "PROBITY_HOME";

    private DataDirectory() {
    }

    public static Path resolve(Optional<Path> fromCommandLine) {
        return resolve(fromCommandLine, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    static Path resolve(Optional<Path> fromCommandLine, Map<String, String> environment, String osName, Path home) {
        if (fromCommandLine.isPresent()) {
            return fromCommandLine.get().toAbsolutePath().normalize();
        }
        String override = environment.get(ENVIRONMENT_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Probity");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Probity");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("probity");
    }
}
