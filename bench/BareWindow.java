import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for bench/startup.sh: the least a JavaFX program can do to show a window. It
 * honours the same two system properties as Probity: {@code probity.shownMarker} (a file to
 * write the time the window was first shown into, in epoch milliseconds) and
 * {@code probity.exitWhenShown}.
 */
public final class BareWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Bare JavaFX window");
        stage.setScene(new Scene(new StackPane(new Label("Bare JavaFX window")), 1024, 700));
        stage.setOnShown(event -> shown());
        stage.show();
    }

    private static void shown() {
        String marker = System.getProperty("probity.shownMarker");
        if (marker != null && !marker.isBlank()) {
            try {
                Files.writeString(Path.of(marker), Long.toString(System.currentTimeMillis()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (Boolean.getBoolean("probity.exitWhenShown")) {
            Platform.exit();
        }
    }
}
