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
        table.getColumns().add(column("When", 150, HistoryViewModel.Row::when));
        table.getColumns().add(column("Who", 90, HistoryViewModel.Row::who));
        table.getColumns().add(column("What happened", 150, HistoryViewModel.Row::what));
        table.getColumns().add(column("Field", 130, HistoryViewModel.Row::field));
        table.getColumns().add(column("Before", 160, HistoryViewModel.Row::before));
        table.getColumns().add(column("After", 160, HistoryViewModel.Row::after));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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
        // Narrow panes scroll sideways rather than cutting dates and names short.
        column.setMinWidth(Math.min(width, 150));
        column.setSortable(false);
        column.setCellFactory(c -> {
            javafx.scene.control.TableCell<HistoryViewModel.Row, String> cell = new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
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
