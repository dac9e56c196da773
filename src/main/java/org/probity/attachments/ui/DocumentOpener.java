package org.probity.attachments.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import org.probity.attachments.AttachmentException;

/**
 * Opens a file with the program the computer uses for it. Called away from the JavaFX thread;
 * injected so that tests never launch programs.
 */
@FunctionalInterface
public interface DocumentOpener {

    void open(Path file) throws IOException;

    /** The desktop's own choice of program, through {@link Desktop}. */
    static DocumentOpener desktop() {
        return file -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new AttachmentException("This computer cannot open " + file.getFileName()
                        + " from Probity. Use Save a copy… and open the copy instead.");
            }
            Desktop.getDesktop().open(file.toFile());
        };
    }
}
