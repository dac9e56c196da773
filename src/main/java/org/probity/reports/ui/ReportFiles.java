package org.probity.reports.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.probity.reports.ReportFormat;

/** Asks where to save a report; tests give their own answer instead of a dialog. */
@FunctionalInterface
public interface ReportFiles {

    Optional<Path> saveAs(Window owner, String suggestedName, ReportFormat format);

    /** The system's save dialog. */
    static ReportFiles dialog() {
        return (owner, suggestedName, format) -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Save the report as a " + format.label());
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                    format.label() + " (*." + format.extension() + ")", "*." + format.extension()));
            java.io.File file = chooser.showSaveDialog(owner);
            if (file == null) {
                return Optional.empty();
            }
            Path path = file.toPath();
            String ending = "." + format.extension();
            return Optional.of(path.getFileName().toString().toLowerCase(java.util.Locale.UK).endsWith(ending) ? path
                    : path.resolveSibling(path.getFileName() + ending));
        };
    }
}
