package org.probity.attachments.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The Attachments pane's questions as the system's file dialogs and small dialogs of our own. */
public final class FxAttachmentDialogs implements AttachmentDialogs {

    // Remembered for the session: the next file usually comes from the same folder as the last.
    private File lastFolder;

    @Override
    public Optional<FileToAttach> chooseFileToAttach(Window owner, String limitText) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Attach a file");
        startIn(chooser);
        File chosen = chooser.showOpenDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();

        TextField note = new TextField();
        note.setId("attachmentNoteField");
        note.setPromptText("e.g. Written notification received 23 Nov 2026");
        Label hint = new Label("Note (optional): what the file is, so others can find it.");
        hint.setWrapText(true);
        Dialog<ButtonType> dialog = dialog(owner, "Attach " + chosen.getName(), "Attach", new VBox(8, hint, note,
                muted(limitText)));
        Platform.runLater(note::requestFocus);
        return dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> new FileToAttach(chosen.toPath(), note.getText()));
    }

    @Override
    public Optional<Path> chooseWhereToSave(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save a copy of " + suggestedName);
        chooser.setInitialFileName(suggestedName);
        startIn(chooser);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }

    @Override
    public Optional<String> askRemovalReason(Window owner, String question) {
        Label text = new Label(question);
        text.setWrapText(true);
        TextArea reason = new TextArea();
        reason.setId("removalReasonField");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText("e.g. Attached to the wrong declaration");
        Dialog<ButtonType> dialog = dialog(owner, "Remove attachment", "Remove",
                new VBox(8, text, new Label("Reason (kept in the record's history)"), reason));
        Node remove = dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(Bindings.createBooleanBinding(() -> reason.getText().isBlank(),
                reason.textProperty()));
        Platform.runLater(reason::requestFocus);
        return dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> reason.getText().strip());
    }

    private void startIn(FileChooser chooser) {
        if (lastFolder != null && Files.isDirectory(lastFolder.toPath())) {
            chooser.setInitialDirectory(lastFolder);
        }
    }

    private static Dialog<ButtonType> dialog(Window owner, String title, String confirm, Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.getDialogPane().getButtonTypes().addAll(new ButtonType(confirm, ButtonBar.ButtonData.OK_DONE),
                ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(460);
        return dialog;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }
}
