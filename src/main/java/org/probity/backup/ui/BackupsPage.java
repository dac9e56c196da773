package org.probity.backup.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.probity.backup.BackupFile;
import org.probity.ui.SettingsPage;

/** Settings › Backups: lists the backups, takes one now, and restores one at the next start. */
public final class BackupsPage implements SettingsPage {

    private final BackupsViewModel model;
    private VBox view;

    public BackupsPage(BackupsViewModel model) {
        this.model = model;
    }

    @Override
    public String title() {
        return "Backups";
    }

    @Override
    public void activated() {
        model.refresh();
    }

    @Override
    public Node view() {
        if (view != null) {
            return view;
        }
        Label title = new Label("Backups");
        title.getStyleClass().add(Styles.TITLE_3);
        Label explain = new Label("Probity takes a checked backup when it closes and once a day while it is open, "
                + "and keeps the newest of each of the last 7 days, 5 weeks and 12 months.");
        explain.setWrapText(true);
        Label folder = new Label();
        folder.setId("backupFolder");
        folder.textProperty().bind(model.folderProperty().map(f -> "Backups folder: " + f));
        folder.setWrapText(true);

        TableView<BackupFile> table = new TableView<>(model.backups());
        table.setId("backupsTable");
        table.setPlaceholder(new Label("No backups yet."));
        TableColumn<BackupFile, String> taken = new TableColumn<>("Taken");
        taken.setCellValueFactory(c -> new ReadOnlyStringWrapper(BackupsViewModel.describe(c.getValue())));
        taken.setPrefWidth(170);
        TableColumn<BackupFile, String> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().automatic() ? "Automatic" : "By hand"));
        kind.setPrefWidth(100);
        TableColumn<BackupFile, Number> size = new TableColumn<>("Size (KB)");
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Math.max(1, c.getValue().bytes() / 1024)));
        size.setPrefWidth(90);
        TableColumn<BackupFile, String> name = new TableColumn<>("File");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(240);
        table.getColumns().setAll(java.util.List.of(taken, kind, size, name));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button now = new Button("Back up now");
        now.setId("backUpNow");
        now.disableProperty().bind(model.busyProperty());
        now.setOnAction(e -> model.backUpNow());
        Button restore = new Button("Restore at next start…");
        restore.setId("restoreBackup");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> {
            BackupFile chosen = table.getSelectionModel().getSelectedItem();
            javafx.scene.control.ButtonType yes = new javafx.scene.control.ButtonType("Restore at next start",
                    javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.CONFIRMATION, "Changes made since then will need to be"
                    + " entered again. The database as it is now will be kept beside it under another name.", yes,
                    javafx.scene.control.ButtonType.CANCEL);
            alert.initOwner(view.getScene() == null ? null : view.getScene().getWindow());
            alert.setTitle("Probity");
            alert.setHeaderText("Restore the backup of " + BackupsViewModel.describe(chosen) + "?");
            if (alert.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL) == yes) {
                model.restoreAtNextStart(chosen);
            }
        });
        Button cancel = new Button("Cancel restore");
        cancel.setId("cancelRestore");
        cancel.visibleProperty().bind(model.pendingProperty().isNotEmpty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancelRestore());
        Label pending = new Label();
        pending.setId("pendingRestore");
        pending.getStyleClass().add(Styles.WARNING);
        pending.textProperty().bind(model.pendingProperty());
        Label status = new Label();
        status.setId("backupStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        view = new VBox(12, title, explain, folder, table, new HBox(8, now, restore, cancel), pending, status);
        view.setId("backupsPage");
        return view;
    }
}
