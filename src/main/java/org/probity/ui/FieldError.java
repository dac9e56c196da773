package org.probity.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A validation message shown directly under the field it is about, with the field outlined
 * in red. The message text comes from a view model, so the view only binds.
 */
public final class FieldError extends VBox {

    private final Label message = new Label();

    /**
     * Wraps {@code field} with a message label. The label's id is the field's id followed by
     * {@code Error} (e.g. {@code surnameError}), so screens and tests can find it.
     */
    public FieldError(Node field, ObservableValue<String> text) {
        super(2);
        if (field.getId() != null) {
            message.setId(field.getId() + "Error");
        }
        bind(field, message, text);
        getChildren().addAll(field, message);
    }

    /**
     * Makes {@code label} (placed under {@code field}, e.g. in FXML) show the message, hidden
     * while there is none, and outlines the field in red while there is one.
     */
    public static void bind(Node field, Label label, ObservableValue<String> text) {
        label.getStyleClass().addAll("field-error", Styles.DANGER, Styles.TEXT_SMALL);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.textProperty().bind(Bindings.createStringBinding(() -> text.getValue() == null ? ""
                : text.getValue(), text));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.textProperty().addListener((obs, was, now) ->
                field.pseudoClassStateChanged(Styles.STATE_DANGER, now != null && !now.isEmpty()));
        field.pseudoClassStateChanged(Styles.STATE_DANGER, !label.getText().isEmpty());
    }

    /** The message a date field shows: its own complaint about unreadable text first, then the view model's. */
    public static ObservableStringValue forDate(DateField field, ObservableStringValue fromModel) {
        return Bindings.createStringBinding(() -> field.getProblem() != null ? field.getProblem() : fromModel.get(),
                field.problemProperty(), fromModel);
    }

    public Label message() {
        return message;
    }
}
