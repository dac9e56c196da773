package org.probity.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class ProbityApp extends Application {

    public static void launchWindow(Path dataDir) {
        Application.launch(ProbityApp.class, "--data-dir=" + dataDir);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Probity");
        stage.setScene(new Scene(new Label("Probity"), 800, 600));
        stage.show();
    }
}
