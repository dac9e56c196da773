package org.probity.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Where backups go, kept in {@code backup.properties} in the data folder rather than in the
 * database, so that it is known even when the database cannot be opened.
 */
public final class BackupSettings {

    public static final String FILE_NAME = "backup.properties";
    private static final String FOLDER = "folder";

    private final Path dataDir;

    public BackupSettings(Path dataDir) {
        this.dataDir = dataDir;
    }

    public Path defaultFolder() {
        return dataDir.resolve("backups");
    }

    public Path folder() {
        return chosenFolder().orElseGet(this::defaultFolder);
    }

    public Optional<Path> chosenFolder() {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            return Optional.empty();
        }
        String folder = properties.getProperty(FOLDER, "").strip();
        return folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    /** Chooses the folder (a network drive is fine); empty goes back to the default. */
    public void chooseFolder(Optional<Path> folder) {
        Properties properties = new Properties();
        folder.ifPresent(f -> properties.setProperty(FOLDER, f.toAbsolutePath().normalize().toString()));
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Path temporary = Files.createTempFile(dataDir, ".backup-", ".properties");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "Where Probity keeps its backups");
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BackupException("The backup folder could not be saved in " + file + " (" + e.getMessage()
                    + ").", e);
        }
    }
}
