package org.probity.transfer.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.probity.transfer.PersonKind;

/** The import and export screen. It binds to {@link TransferViewModel} and opens the file dialogs. */
public final class TransferView {

    @FXML private Parent root;
    @FXML private ToggleGroup kindGroup;
    @FXML private RadioButton membersOption;
    @FXML private RadioButton officersOption;
    @FXML private TextField fileField;
    @FXML private Button chooseFileButton;
    @FXML private Button checkButton;
    @FXML private Button importButton;
    @FXML private Button exportButton;
    @FXML private Label statusLabel;
    @FXML private TableView<TransferViewModel.ProblemLine> problemsTable;
    @FXML private TableColumn<TransferViewModel.ProblemLine, String> rowColumn;
    @FXML private TableColumn<TransferViewModel.ProblemLine, String> columnColumn;
    @FXML private TableColumn<TransferViewModel.ProblemLine, String> problemColumn;

    private final TransferViewModel model;
    private File lastFolder;

    public TransferView(TransferViewModel model) {
        this.model = model;
        FXMLLoader loader = new FXMLLoader(TransferView.class.getResource("TransferView.fxml"));
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The import and export screen could not be loaded.", e);
        }
    }

    public Parent node() {
        return root;
    }

    @FXML
    private void initialize() {
        membersOption.setUserData(PersonKind.MEMBERS);
        officersOption.setUserData(PersonKind.OFFICERS);
        selectKind(model.kindProperty().get());
        kindGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.kindProperty().set((PersonKind) now.getUserData());
            }
        });
        model.kindProperty().addListener((obs, old, now) -> selectKind(now));
        fileField.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null ? ""
                : model.fileProperty().get().toString(), model.fileProperty()));
        checkButton.disableProperty().bind(model.canCheckProperty().not());
        importButton.disableProperty().bind(model.canImportProperty().not());
        chooseFileButton.disableProperty().bind(model.busyProperty());
        exportButton.disableProperty().bind(model.busyProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        model.failedProperty().addListener((obs, old, now) -> {
            statusLabel.getStyleClass().removeAll("danger", "success");
            statusLabel.getStyleClass().add(now ? "danger" : "success");
        });
        rowColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().row()));
        columnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        problemColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().problem()));
        problemsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problemsTable.setItems(model.problems());
    }

    private void selectKind(PersonKind kind) {
        kindGroup.selectToggle(kind == PersonKind.OFFICERS ? officersOption : membersOption);
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = chooser("Choose the " + model.kindProperty().get().plural() + " file to import");
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            lastFolder = chosen.getParentFile();
            model.fileProperty().set(chosen.toPath());
        }
    }

    @FXML
    private void check() {
        model.check();
    }

    @FXML
    private void importFile() {
        model.importFile();
    }

    @FXML
    private void export() {
        PersonKind kind = model.kindProperty().get();
        FileChooser chooser = chooser("Export " + kind.plural());
        chooser.setInitialFileName(kind.plural() + ".xlsx");
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            lastFolder = chosen.getParentFile();
            Path target = chosen.toPath();
            String name = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
                FileChooser.ExtensionFilter filter = chooser.getSelectedExtensionFilter();
                String extension = filter != null && filter.getExtensions().contains("*.csv") ? ".csv" : ".xlsx";
                target = target.resolveSibling(target.getFileName() + extension);
            }
            model.export(target);
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Excel workbook (*.xlsx)", "*.xlsx"),
                new FileChooser.ExtensionFilter("CSV UTF-8 (*.csv)", "*.csv"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
