package org.probity.people.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;
import org.probity.ui.Confirmation;
import org.probity.ui.DateField;
import org.probity.ui.UkDateTableCell;

/** What the people screens share: loading their FXML, read-only columns, and the confirmation dialog. */
final class PeopleViews {

    private PeopleViews() {
    }

    static <T extends javafx.scene.Parent> T load(String fxml, Object controller) {
        URL url = PeopleViews.class.getResource(fxml);
        FXMLLoader loader = new FXMLLoader(url);
        loader.setController(controller);
        try {
            T root = loader.load();
            style(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("The screen " + fxml + " could not be built", e);
        }
    }

    /** Adds the people screens' stylesheet. */
    static void style(javafx.scene.Parent root) {
        root.getStylesheets().add(PeopleViews.class.getResource("people.css").toExternalForm());
    }

    static <S, T> void value(TableColumn<S, T> column, Function<S, T> value) {
        column.setCellValueFactory(cell -> (ObservableValue<T>) new ReadOnlyObjectWrapper<>(value.apply(
                cell.getValue())).getReadOnlyProperty());
    }

    static <S> void date(TableColumn<S, LocalDate> column, Function<S, LocalDate> value) {
        value(column, value);
        column.setCellFactory(c -> new UkDateTableCell<>());
    }

    /** Shows {@code null} (no choice) in a combo box as {@code none}, e.g. "All groups" or "None". */
    static <T> void nullAs(ComboBox<T> box, String none, Function<T, String> text) {
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

    /**
     * Reads dates typed but not yet confirmed with Enter, so Save sees what is on screen.
     * Returns false, with the cursor on the first date that cannot be read (its message is
     * already beside it), rather than saving the date the field held before.
     */
    static boolean readTypedDates(Node form) {
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

    /** Asks a yes/no question over the window that holds {@code owner}. */
    static Confirmation dialogOver(Node owner) {
        return (title, question) -> {
            ButtonType yes = new ButtonType(title.startsWith("Delete") ? "Delete" : "Discard changes",
                    ButtonBar.ButtonData.OK_DONE);
            ButtonType no = new ButtonType(title.startsWith("Delete") ? "Keep" : "Keep editing",
                    ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
            alert.setTitle(title);
            alert.setHeaderText(title);
            if (owner.getScene() != null && owner.getScene().getWindow() != null) {
                alert.initOwner(owner.getScene().getWindow());
            }
            return alert.showAndWait().filter(yes::equals).isPresent();
        };
    }
}
