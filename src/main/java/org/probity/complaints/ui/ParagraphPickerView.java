package org.probity.complaints.ui;

import org.probity.ui.FormControls;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.probity.complaints.ParagraphVersion.ParagraphChoice;

/** The paragraph numbers as text, a list to add a paragraph of the version in force, and what was chosen. */
final class ParagraphPickerView {

    private ParagraphPickerView() {
    }

    /** {@code field} is the paragraphs text field, already bound; its id names the picker's parts. */
    static Node of(ParagraphPickerModel model, TextField field) {
        String id = field.getId();
        ComboBox<ParagraphChoice> pick = FormControls.combo(id + "Picker", "Add a protocol paragraph");
        pick.setItems(model.choices());
        pick.setPromptText("Add a paragraph…");
        pick.setMaxWidth(Double.MAX_VALUE);
        pick.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.choices()));
        pick.managedProperty().bind(pick.visibleProperty());
        pick.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.add(now);
                // clearing inside the change that chose it would confuse the ComboBox's selection model
                Platform.runLater(() -> pick.setValue(null));
            }
        });
        Label version = small(id + "Version");
        version.textProperty().bind(model.versionTextProperty());
        Label chosen = small(id + "Chosen");
        chosen.textProperty().bind(model.chosenTextProperty());
        chosen.visibleProperty().bind(chosen.textProperty().isNotEmpty());
        chosen.managedProperty().bind(chosen.visibleProperty());
        return new VBox(4, field, pick, chosen, version);
    }

    private static Label small(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }
}
