package org.probity.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.probity.backup.BackupService;
import org.probity.storage.DataFolderLog;
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
    private ScheduledExecutorService dailyBackups;
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
        DataFolderLog.start(dataDir);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> unexpected(stage, thread.getName(), error));
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> unexpected(stage, "the window", error));
        tasks = new FxBackgroundTasks();
        SafeOpening opening = new SafeOpening(dataDir, new SignInDialogs(stage), Clock.system(AppContext.UK));
        window = MainWindow.open(stage, dataDir, tasks, () -> {
            AppContext context = opening.call();
            context.backups().ifPresent(this::backUpDaily);
            return context;
        }, SectionCatalogue::sections);
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

    /** A backup a minute after opening if the last is a day old, then checked again every hour. */
    private void backUpDaily(BackupService backups) {
        dailyBackups = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "daily-backup");
            thread.setDaemon(true);
            return thread;
        });
        dailyBackups.scheduleWithFixedDelay(() -> {
            try {
                backups.backUpIfDue();
            } catch (RuntimeException e) {
                log().warn("The daily backup could not be taken: {}", e.getClass().getName());
            }
        }, 1, 60, TimeUnit.MINUTES);
    }

    /** Shows an unexpected error with a reference that is in the log, so it can be reported and found. */
    private static void unexpected(Stage stage, String where, Throwable error) {
        String reference = DataFolderLog.unexpected(log(), where, error);
        Runnable show = () -> {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(stage);
            alert.setTitle("Probity");
            alert.setHeaderText("Something went wrong");
            Label text = new Label("Probity met an error it did not expect. What you had saved is safe; anything not"
                    + " yet saved may need entering again.\n\nIf it happens again, tell your IT support and quote the"
                    + " reference " + reference + ", which is in Probity's log.");
            text.setWrapText(true);
            text.setPrefWidth(460);
            text.setId("errorReference");
            alert.getDialogPane().setContent(text);
            alert.show();
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    @Override
    public void stop() {
        if (dailyBackups != null) {
            dailyBackups.shutdownNow();
        }
        if (window != null) {
            window.model().context().ifPresent(context -> {
                // A backup on closing, so yesterday's work is never only in one file.
                context.backups().ifPresent(backups -> {
                    try {
                        backups.backUp();
                    } catch (RuntimeException e) {
                        log().warn("The backup on closing could not be taken: {}", e.getClass().getName());
                    }
                });
                context.close();
            });
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
