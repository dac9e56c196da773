package org.probity.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The History tab of a record: every change, with each field's value before and after. */
public final class HistoryView extends BorderPane {

    private final TableView<HistoryViewModel.Row> table = new TableView<>();

    public HistoryView(HistoryViewModel model) {
        table.setId("historyTable");
        table.setItems(model.rows());
        // When, who and what share the first column so that the values before and after stay
        // in view even when the history sits in a narrow pane beside a list.
        table.getColumns().add(column("Change", 215, row -> row.when().isEmpty() ? ""
                : row.when() + "\n" + row.who() + " · " + row.what()));
        table.getColumns().add(column("Field", 120, HistoryViewModel.Row::field));
        table.getColumns().add(column("Before", 150, HistoryViewModel.Row::before));
        table.getColumns().add(column("After", 150, HistoryViewModel.Row::after));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setSortPolicy(t -> false);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.placeholderProperty());
        table.setPlaceholder(placeholder);
        table.setAccessibleText("Change history");
        setCenter(table);
        getStyleClass().add("history-view");
    }

    public TableView<HistoryViewModel.Row> table() {
        return table;
    }

    private static TableColumn<HistoryViewModel.Row, String> column(String title, double width,
                                                                     Function<HistoryViewModel.Row, String> value) {
        TableColumn<HistoryViewModel.Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(title.equals("Change") ? 185 : Math.min(width, 100));
        column.setSortable(false);
        column.setCellFactory(c -> {
            javafx.scene.control.TableCell<HistoryViewModel.Row, String> cell = new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setWrapText(true);
                    setTooltip(empty || item == null || item.length() < 20 ? null
                            : new javafx.scene.control.Tooltip(item));
                }
            };
            return cell;
        });
        column.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(
                cell.getValue())).getReadOnlyProperty());
        return column;
    }
}
