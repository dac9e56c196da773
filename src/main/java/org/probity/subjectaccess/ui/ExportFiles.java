package org.probity.subjectaccess.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks where to save an export; tests give their own answer instead of a dialog. */
@FunctionalInterface
public interface ExportFiles {

    Optional<Path> saveAs(Window owner, String suggestedName);

    /** The system's save dialog, adding ".zip" when the name typed has no such ending. */
    static ExportFiles dialog() {
        return (owner, suggestedName) -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Save the subject access export");
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("ZIP file (*.zip)",
                    "*.zip"));
            java.io.File file = chooser.showSaveDialog(owner);
            if (file == null) {
                return Optional.empty();
            }
            Path path = file.toPath();
            return Optional.of(path.getFileName().toString().toLowerCase(java.util.Locale.UK).endsWith(".zip") ? path
                    : path.resolveSibling(path.getFileName() + ".zip"));
        };
    }
}
