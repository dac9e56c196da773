package org.probity.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.probity.storage.DataDirectory;
import org.probity.ui.FxBackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The window is shown before the database is opened, so Probity
 * appears about as quickly as an empty window would.
 */
public final class ProbityApp extends Application {


    private FxBackgroundTasks tasks;
    private MainWindow window;

    public static void launchWindow(Path dataDir) {
        Application.launch(ProbityApp.class, "--data-dir=" + dataDir);
    }

    @Override
    public void start(Stage stage) {
        Path dataDir = Optional.ofNullable(getParameters().getNamed().get("data-dir"))
                .map(Path::of)
                .map(p -> p.toAbsolutePath().normalize())
                .orElseGet(() -> DataDirectory.resolve(Optional.empty()));
        tasks = new FxBackgroundTasks();
        window = MainWindow.open(stage, dataDir, tasks, () -> AppContext.openEmbedded(dataDir),
                SectionCatalogue::sections);
        reportShown();
    }

    /** For the start-up benchmark: when the window appeared, and optionally leave at once. */
    private static void reportShown() {
        String marker = System.getProperty("probity.shownMarker");
        if (marker != null && !marker.isBlank()) {
            try {
                Files.writeString(Path.of(marker), String.valueOf(System.currentTimeMillis()),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                log().warn("Could not write the start-up marker {}", marker, e);
            }
        }
        if (Boolean.getBoolean("probity.exitWhenShown")) {
            Platform.exit();
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.model().context().ifPresent(AppContext::close);
        }
        if (tasks != null) {
            tasks.close();
        }
    }

    /**
     * Looked up when first needed rather than when the class loads: starting the logging
     * library is a noticeable part of the time before the window appears.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(ProbityApp.class);
    }
}
