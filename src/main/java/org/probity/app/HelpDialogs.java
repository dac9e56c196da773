package org.probity.app;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.probity.common.ProbityVersion;

/** Help › About and Help › Keyboard shortcuts. */
final class HelpDialogs {

    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"Ctrl+N", "New record in the screen showing"},
            new String[] {"Ctrl+F", "Find or filter in the screen showing"},
            new String[] {"Ctrl+S", "Save"},
            new String[] {"Esc", "Cancel the edit in progress, or close the search results"},
            new String[] {"Ctrl+K or Ctrl+Shift+F", "Search everything"},
            new String[] {"Ctrl+1 … Ctrl+9", "Go to the first … ninth section of the sidebar"},
            new String[] {"Ctrl+L", "Go to the sidebar"},
            new String[] {"Ctrl+,", "Settings"},
            new String[] {"F1", "This list"},
            new String[] {"Ctrl+Q", "Quit"},
            new String[] {"Alt", "Open the menus"});

    static final List<String> LICENCES = List.of(
            "OpenJFX (JavaFX) — GPL v2 with the Classpath Exception",
            "AtlantaFX — MIT Licence",
            "ControlsFX — BSD 3-Clause Licence",
            "Ikonli and the Material Design icons — Apache Licence 2.0",
            "H2 Database Engine — MPL 2.0 or EPL 1.0",
            "PostgreSQL JDBC driver — BSD 2-Clause Licence",
            "Flyway — Apache Licence 2.0",
            "jOOQ (open-source edition) — Apache Licence 2.0",
            "HikariCP — Apache Licence 2.0",
            "Jollyday — Apache Licence 2.0",
            "Apache Commons CSV and Apache POI — Apache Licence 2.0",
            "picocli — Apache Licence 2.0",
            "Jackson — Apache Licence 2.0",
            "SLF4J — MIT Licence; Logback — EPL 1.0 or LGPL 2.1");

    private HelpDialogs() {
    }

    static void showShortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcutsList");
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (String[] shortcut : SHORTCUTS) {
            Label key = new Label(shortcut[0]);
            key.getStyleClass().add(Styles.TEXT_BOLD);
            grid.addRow(row++, key, new Label(shortcut[1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.showAndWait();
    }

    static void showAbout(Window owner, Path dataDir, Optional<AppContext> context) {
        Label version = new Label("Probity " + ProbityVersion.current());
        version.getStyleClass().add(Styles.TITLE_3);
        Label purpose = new Label("Registers, deadlines and committee reports for a Monitoring Officer.");
        Label folder = new Label("Data folder: " + dataDir);
        folder.setId("aboutDataFolder");
        Label database = new Label("Database: " + context.map(c -> c.database().description())
                .orElse("not open yet"));
        database.setWrapText(true);
        Label licencesTitle = new Label("Bundled libraries and their licences");
        licencesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox licences = new VBox(2);
        LICENCES.forEach(l -> {
            Label line = new Label(l);
            line.getStyleClass().add(Styles.TEXT_SMALL);
            licences.getChildren().add(line);
        });
        VBox box = new VBox(8, version, purpose, folder, database, licencesTitle, licences);
        box.setId("aboutBox");
        box.setPadding(new Insets(4));
        box.setPrefWidth(520);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Probity");
        alert.setHeaderText(null);
        alert.setGraphic(null);
        alert.getDialogPane().setContent(box);
        alert.showAndWait();
    }
}
