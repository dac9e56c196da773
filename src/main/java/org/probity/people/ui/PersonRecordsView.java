package org.probity.people.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import org.probity.common.PersonRecord;
import org.probity.ui.UkDateTableCell;

/** The Registers tab: a table of a person's records; double-click or Enter opens one. */
final class PersonRecordsView {

    private PersonRecordsView() {
    }

    static Tab tab(PersonRecordsViewModel model, String tabId) {
        TableView<PersonRecord> table = new TableView<>(model.records());
        table.setId("personRecordsTable");
        table.setAccessibleText("Records in the registers");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Three columns, the last wrapping, so the records read in full in the narrow pane beside a list.
        TableColumn<PersonRecord, LocalDate> date = column("Date", 108, PersonRecord::date);
        date.setCellFactory(c -> new UkDateTableCell<>());
        TableColumn<PersonRecord, String> summary = column("Summary", 220, r -> r.summary()
                + (r.status().isEmpty() ? "" : " · " + r.status()));
        summary.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
            }
        });
        table.getColumns().addAll(List.of(column("Record", 125, r -> r.reference() + "\n" + r.register()), date,
                summary));
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.placeholderProperty());
        table.setPlaceholder(placeholder);
        table.setRowFactory(t -> {
            TableRow<PersonRecord> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        BorderPane pane = new BorderPane(table);
        pane.setPadding(new Insets(8, 0, 0, 0));
        Tab tab = new Tab("Registers", pane);
        tab.setId(tabId);
        tab.setClosable(false);
        return tab;
    }

    private static <T> TableColumn<PersonRecord, T> column(String title, double width,
                                                           Function<PersonRecord, T> value) {
        TableColumn<PersonRecord, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> (ObservableValue<T>) new ReadOnlyObjectWrapper<>(value.apply(
                cell.getValue())).getReadOnlyProperty());
        return column;
    }
}
