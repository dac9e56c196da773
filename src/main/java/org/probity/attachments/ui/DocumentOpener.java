package org.probity.attachments.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.probity.attachments.AttachmentException;

/**
 * Opens a file with the program the computer uses for it. Called away from the JavaFX thread;
 * injected so that tests never launch programs.
 */
@FunctionalInterface
public interface DocumentOpener {

    void open(Path file) throws IOException;

    /**
     * The desktop's own choice of program. On Linux this asks {@code xdg-open}, as JavaFX itself
     * does, rather than start AWT's GTK support beside JavaFX's; elsewhere it uses {@link Desktop}.
     */
    static DocumentOpener desktop() {
        return file -> {
            String system = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (system.contains("linux") || system.contains("bsd")) {
                new ProcessBuilder("xdg-open", file.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                return;
            }
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new AttachmentException("This computer cannot open " + file.getFileName()
                        + " from Probity. Use Save a copy… and open the copy instead.");
            }
            Desktop.getDesktop().open(file.toFile());
        };
    }
}
