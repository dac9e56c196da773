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
        table.getColumns().add(column("When", 130, HistoryViewModel.Row::when));
        table.getColumns().add(column("Who", 100, HistoryViewModel.Row::who));
        table.getColumns().add(column("What happened", 170, HistoryViewModel.Row::what));
        table.getColumns().add(column("Field", 150, HistoryViewModel.Row::field));
        table.getColumns().add(column("Before", 200, HistoryViewModel.Row::before));
        table.getColumns().add(column("After", 200, HistoryViewModel.Row::after));
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
        column.setSortable(false);
        column.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(
                cell.getValue())).getReadOnlyProperty());
        return column;
    }
}
