package org.probity.people.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves a picture of a screen under test when {@code probity.snapshots} names a folder, for looking at the layout. */
final class ScreenSnapshots {

    private ScreenSnapshots() {
    }

    static void save(Scene scene, String name) {
        String folder = System.getProperty("probity.snapshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            WritableImage image = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
            Files.createDirectories(Path.of(folder));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(folder, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("The screen could not be pictured", e);
        }
    }
}
