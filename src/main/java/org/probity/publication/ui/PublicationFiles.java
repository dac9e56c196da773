package org.probity.publication.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.Window;

/** Asks where to save an extract; tests give their own answer instead of a dialog. */
@FunctionalInterface
public interface PublicationFiles {

    /** {@code extension} is "pdf" or "csv"; {@code description} names the kind of file in the dialog. */
    Optional<Path> saveAs(Window owner, String suggestedName, String extension, String description);

    /** The system's save dialog. */
    static PublicationFiles dialog() {
        return (owner, suggestedName, extension, description) -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Save the extract as a " + description);
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                    description + " (*." + extension + ")", "*." + extension));
            java.io.File file = chooser.showSaveDialog(owner);
            if (file == null) {
                return Optional.empty();
            }
            Path path = file.toPath();
            String ending = "." + extension;
            return Optional.of(path.getFileName().toString().toLowerCase(Locale.UK).endsWith(ending) ? path
                    : path.resolveSibling(path.getFileName() + ending));
        };
    }
}
