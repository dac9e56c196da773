package org.probity.ui;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

/**
 * The controls every register's forms and lists are built from: labelled fields, combo boxes
 * that show "none" for no choice, date fields, error labels and table columns, so that each
 * screen looks and behaves like the others.
 */
public final class FormControls {

    private FormControls() {
    }

    public static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> (ObservableValue<T>) new ReadOnlyObjectWrapper<>(value.apply(
                cell.getValue())).getReadOnlyProperty());
        return column;
    }

    public static <S> TableColumn<S, LocalDate> dateColumn(String title, double width, Function<S, LocalDate> value) {
        TableColumn<S, LocalDate> column = column(title, width, value);
        column.setCellFactory(c -> new UkDateTableCell<>());
        return column;
    }

    /** Shows {@code null} (no choice) in a combo box as {@code none}. */
    public static <T> void nullAs(ComboBox<T> box, String none, Function<T, String> text) {
        Callback<javafx.scene.control.ListView<T>, ListCell<T>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? none : text.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
    }

    public static <T> ComboBox<T> combo(String id, String accessibleText) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setAccessibleText(accessibleText);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    public static DateField dateField(String id, String accessibleText) {
        DateField field = new DateField();
        field.setId(id);
        field.setAccessibleText(accessibleText);
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }

    public static Label label(String text, Node forField) {
        Label label = new Label(text);
        label.setLabelFor(forField);
        label.setMnemonicParsing(true);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** A red message under a field, shown only when there is one. */
    public static Label error(ObservableValue<String> message, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        label.setWrapText(true);
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Reads dates typed but not yet confirmed, so a save sees what is on screen; false if one cannot be read. */
    public static boolean readTypedDates(Node form) {
        DateField unreadable = null;
        for (Node node : form.lookupAll(".uk-date-field")) {
            DateField field = (DateField) node;
            field.commitTypedText();
            if (unreadable == null && field.getProblem() != null) {
                unreadable = field;
            }
        }
        if (unreadable != null) {
            unreadable.requestFocus();
            return false;
        }
        return true;
    }
}
