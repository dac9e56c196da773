package org.probity.attachments.ui;

import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.probity.attachments.ui.AttachmentsViewModel.Row;

/**
 * The files attached to one register entry, for a detail screen's "Attachments" tab: a table
 * and the buttons to add, open, save a copy and remove. Binds to its view model and forwards
 * the user's choices; files can also be dropped on the table, and a double-click opens one.
 */
public final class AttachmentsPane extends VBox {

    public AttachmentsPane(AttachmentsViewModel model) {
        this(model, new FxAttachmentDialogs());
    }

    public AttachmentsPane(AttachmentsViewModel model, AttachmentDialogs dialogs) {
        super(8);
        setId("attachmentsPane");
        setPadding(new Insets(8, 0, 0, 0));

        TableView<Row> table = new TableView<>(model.rows());
        table.setId("attachmentsTable");
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.placeholderProperty());
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Name", Row::name, 200));
        table.getColumns().add(column("Size", Row::size, 70));
        table.getColumns().add(column("Added", Row::added, 95));
        table.getColumns().add(column("Added by", Row::addedBy, 100));
        table.getColumns().add(column("Note", Row::note, 180));
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty()
                .set(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });

        Button add = button("addAttachment", "Add file…", new FontIcon(Material2OutlinedAL.ATTACH_FILE),
                "Attach a letter, advice or other file to this record");
        add.disableProperty().bind(model.canAddBinding().not());
        add.setOnAction(e -> dialogs.chooseFileToAttach(window(), model.limitText())
                .ifPresent(chosen -> model.add(chosen.file(), chosen.note())));

        Button open = button("openAttachment", "Open", new FontIcon(Material2OutlinedMZ.OPEN_IN_NEW),
                "Open a copy with the program your computer uses for this kind of file");
        open.disableProperty().bind(model.canUseSelectedBinding().not());
        open.setOnAction(e -> model.open());

        Button save = button("saveAttachment", "Save a copy…", new FontIcon(Material2OutlinedMZ.SAVE_ALT),
                "Save a copy of the file outside Probity");
        save.disableProperty().bind(model.canUseSelectedBinding().not());
        save.setOnAction(e -> dialogs.chooseWhereToSave(window(), model.suggestedFileName())
                .ifPresent(model::saveCopy));

        Button remove = button("removeAttachment", "Remove…", new FontIcon(Material2OutlinedAL.DELETE),
                "Remove the file from this record, giving a reason");
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(model.canUseSelectedBinding().not());
        Runnable askToRemove = () -> dialogs.askRemovalReason(window(), model.removalQuestion())
                .ifPresent(model::remove);
        remove.setOnAction(e -> askToRemove.run());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, add, spacer, open, save, remove);

        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()
                        && model.canUseSelectedBinding().get()) {
                    model.open();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.canUseSelectedBinding().get()) {
                model.open();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && model.canUseSelectedBinding().get()) {
                askToRemove.run();
                e.consume();
            }
        });
        table.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && model.canAddBinding().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        table.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            files.stream().filter(File::isFile).forEach(f -> model.add(f.toPath(), null));
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });

        Label message = new Label();
        message.setId("attachmentsMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        Label error = new Label();
        error.setId("attachmentsError");
        error.setWrapText(true);
        error.getStyleClass().add("text-danger");
        error.textProperty().bind(model.errorTextProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        getChildren().addAll(actions, table, message, error);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static Button button(String id, String text, FontIcon icon, String tooltip) {
        Button button = new Button(text, icon);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value, double width) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
