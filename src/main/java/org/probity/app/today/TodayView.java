package org.probity.app.today;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.probity.common.DueItem;
import org.probity.common.UkDates;

/** The Today dashboard: summary tiles, then the items grouped by register. */
final class TodayView extends VBox {

    /** A line of the list: a register's heading, or one of its items. */
    private record Row(String heading, DueItem item) {
    }

    private final TodayViewModel model;
    private final TreeTableView<Row> items = new TreeTableView<>();

    TodayView(TodayViewModel model) {
        this.model = model;
        setId("todayView");
        getStyleClass().add("section-view");
        setSpacing(16);
        setPadding(new Insets(20, 24, 20, 24));

        Label title = new Label("Today");
        title.getStyleClass().add(Styles.TITLE_2);
        Label date = new Label();
        date.setId("todayDate");
        date.getStyleClass().add(Styles.TEXT_MUTED);
        date.textProperty().bind(Bindings.createStringBinding(
                () -> model.todayProperty().get() == null ? "" : UkDates.LONG.format(model.todayProperty().get()),
                model.todayProperty()));
        VBox heading = new VBox(2, title, date);

        HBox tiles = new HBox(12,
                tile("tileOverdue", "Overdue", model.overdueCountProperty(), "tile-danger"),
                tile("tileDue", "Due soon", model.dueCountProperty(), "tile-accent"),
                tile("tileMembers", "Members", model.memberCountProperty(), null),
                tile("tileOfficers", "Officers", model.officerCountProperty(), null));

        ComboBox<Integer> horizon = new ComboBox<>();
        horizon.setId("todayHorizon");
        horizon.getItems().setAll(TodayViewModel.HORIZONS);
        horizon.setValue(model.horizonDaysProperty().get());
        horizon.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer days) {
                return days == null ? "" : "the next " + days + " days";
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        horizon.valueProperty().addListener((obs, before, now) -> {
            if (now != null) {
                model.horizonDaysProperty().set(now);
            }
        });
        Label horizonLabel = new Label("Show what is due in");
        horizonLabel.setLabelFor(horizon);
        HBox toolbar = new HBox(8, horizonLabel, horizon);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        Label placeholder = new Label();
        placeholder.setId("todayMessage");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.messageProperty());
        items.setPlaceholder(placeholder);
        VBox.setVgrow(items, Priority.ALWAYS);

        getChildren().addAll(heading, tiles, toolbar, items);
        model.groups().addListener((ListChangeListener<TodayViewModel.Group>) change -> fill());
        fill();
    }

    private static VBox tile(String id, String caption, ReadOnlyIntegerProperty value, String style) {
        Label number = new Label();
        number.setId(id + "Value");
        number.getStyleClass().addAll("tile-value", Styles.TITLE_1);
        number.textProperty().bind(value.asString());
        Label label = new Label(caption);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        VBox tile = new VBox(2, number, label);
        tile.setId(id);
        tile.getStyleClass().add("summary-tile");
        if (style != null) {
            // Colour only draws the eye when there is something to look at.
            value.addListener((obs, before, now) -> toggle(tile, style, now.intValue() > 0));
            toggle(tile, style, value.get() > 0);
        }
        tile.setMinWidth(140);
        return tile;
    }

    private static void toggle(VBox tile, String style, boolean on) {
        tile.getStyleClass().remove(style);
        if (on) {
            tile.getStyleClass().add(style);
        }
    }

    private void buildTable() {
        items.setId("todayItems");
        items.setShowRoot(false);
        items.setRoot(new TreeItem<>(new Row("", null)));
        items.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TreeTableColumn<Row, String> what = new TreeTableColumn<>("What");
        what.setId("what");
        what.setPrefWidth(320);
        what.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().getValue().item() == null
                ? c.getValue().getValue().heading() : c.getValue().getValue().item().what()));
        what.setCellFactory(column -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                Row row = empty || getTableRow() == null || getTableRow().getTreeItem() == null ? null
                        : getTableRow().getTreeItem().getValue();
                getStyleClass().remove("group-heading");
                if (row != null && row.item() == null) {
                    getStyleClass().add("group-heading");
                }
            }
        });

        TreeTableColumn<Row, String> who = new TreeTableColumn<>("Who");
        who.setId("who");
        who.setPrefWidth(220);
        who.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().getValue().item() == null ? ""
                : c.getValue().getValue().item().who()));

        TreeTableColumn<Row, String> due = new TreeTableColumn<>("Date");
        due.setId("date");
        due.setPrefWidth(120);
        due.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().getValue().item() == null ? ""
                : UkDates.display(c.getValue().getValue().item().due())));

        TreeTableColumn<Row, String> when = new TreeTableColumn<>("When");
        when.setId("when");
        when.setPrefWidth(140);
        when.setCellValueFactory(c -> {
            DueItem item = c.getValue().getValue().item();
            return new SimpleStringProperty(item == null || model.todayProperty().get() == null ? ""
                    : item.whenSeenFrom(model.todayProperty().get()));
        });
        when.setCellFactory(column -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().remove(Styles.DANGER);
                if (!empty && text != null && text.endsWith("overdue")) {
                    getStyleClass().add(Styles.DANGER);
                }
            }
        });

        items.getColumns().setAll(what, who, due, when);
        items.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        items.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
    }

    private void openSelected() {
        TreeItem<Row> selected = items.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getValue().item() != null) {
            model.open(selected.getValue().item());
        }
    }

    private void fill() {
        TreeItem<Row> root = items.getRoot();
        root.getChildren().clear();
        for (TodayViewModel.Group group : model.groups()) {
            TreeItem<Row> heading = new TreeItem<>(new Row(group.register() + " (" + group.items().size() + ")", null));
            heading.setExpanded(true);
            for (DueItem item : group.items()) {
                heading.getChildren().add(new TreeItem<>(new Row(null, item)));
            }
            root.getChildren().add(heading);
        }
    }

    void focusList() {
        items.requestFocus();
        if (items.getSelectionModel().isEmpty() && items.getExpandedItemCount() > 1) {
            items.getSelectionModel().select(1);
        }
    }

}
