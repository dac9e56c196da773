package org.probity.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.probity.ui.ThemeSetting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers between sessions, kept in {@code window.properties} in the data
 * folder: size, position, the last section, the theme, and table layouts. It is only comfort,
 * so a missing or damaged file gives the defaults rather than an error.
 */
public final class WindowSettings {

    public static final String FILE_NAME = "window.properties";

    private final Optional<Path> file;
    private final Map<String, String> values = new TreeMap<>();

    private WindowSettings(Optional<Path> file) {
        this.file = file;
    }

    public static WindowSettings load(Path dataDir) {
        WindowSettings settings = new WindowSettings(Optional.of(dataDir.resolve(FILE_NAME)));
        Path path = dataDir.resolve(FILE_NAME);
        if (Files.isRegularFile(path)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(reader);
                properties.stringPropertyNames().forEach(name -> settings.values.put(name,
                        properties.getProperty(name)));
            } catch (IOException | IllegalArgumentException e) {
                log().warn("Could not read {}; using the default window layout", path, e);
            }
        }
        return settings;
    }

    /** Settings that are never written anywhere. */
    public static WindowSettings inMemory() {
        return new WindowSettings(Optional.empty());
    }

    /** Everything, including table layouts; changes here are saved by {@link #save()}. */
    public Map<String, String> values() {
        return values;
    }

    public Optional<Double> number(String key) {
        String text = values.get(key);
        if (text == null) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void putNumber(String key, double value) {
        values.put(key, String.valueOf(Math.round(value)));
    }

    public boolean flag(String key) {
        return "true".equals(values.get(key));
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(values.get(key)).filter(s -> !s.isBlank());
    }

    public ThemeSetting theme() {
        return ThemeSetting.parse(values.get("theme"));
    }

    public void setTheme(ThemeSetting theme) {
        values.put("theme", theme.name());
    }

    /** Writes the file through a temporary file and a rename, so a crash never leaves half a file. */
    public void save() {
        if (file.isEmpty()) {
            return;
        }
        Path path = file.get();
        Properties properties = new Properties();
        values.forEach(properties::setProperty);
        try {
            Files.createDirectories(path.getParent());
            Path temporary = path.resolveSibling(FILE_NAME + ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "Probity window layout");
            }
            try {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log().warn("Could not save the window layout to {}", path, e);
        }
    }

    /**
     * Looked up when first needed rather than when the class loads: starting the logging
     * library is a noticeable part of the time before the window appears.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(WindowSettings.class);
    }
}
