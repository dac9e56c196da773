package org.probity.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Remembers how people arrange tables: column order, widths, which columns are shown, and the
 * sort. Every {@link TableView} with an id gets this, so a screen only has to give its tables
 * ids. Layouts are kept as plain text under {@code table.<id>.*} keys of a settings map.
 */
public final class TableLayouts {

    private static final String PREFIX = "table.";

    private TableLayouts() {
    }

    /** Writes the layout of every identified table under {@code root} into {@code settings}. */
    public static void capture(Node root, Map<String, String> settings) {
        for (TableView<?> table : tablesUnder(root)) {
            String key = PREFIX + table.getId();
            List<String> columns = new ArrayList<>();
            for (TableColumn<?, ?> column : table.getColumns()) {
                columns.add(columnKey(column) + ":" + Math.round(column.getWidth()) + ":" + column.isVisible());
            }
            settings.put(key + ".columns", String.join(",", columns));
            List<String> sort = new ArrayList<>();
            for (TableColumn<?, ?> column : table.getSortOrder()) {
                sort.add(columnKey(column) + ":" + column.getSortType().name());
            }
            settings.put(key + ".sort", String.join(",", sort));
        }
    }

    /** Puts back the remembered layout of every identified table under {@code root}. */
    public static void apply(Node root, Map<String, String> settings) {
        for (TableView<?> table : tablesUnder(root)) {
            apply(table, settings);
        }
    }

    private static <S> void apply(TableView<S> table, Map<String, String> settings) {
        String key = PREFIX + table.getId();
        Map<String, TableColumn<S, ?>> byKey = new HashMap<>();
        for (TableColumn<S, ?> column : table.getColumns()) {
            byKey.put(columnKey(column), column);
        }
        String columns = settings.get(key + ".columns");
        if (columns != null && !columns.isBlank()) {
            List<TableColumn<S, ?>> ordered = new ArrayList<>();
            for (String entry : columns.split(",")) {
                String[] parts = entry.split(":");
                TableColumn<S, ?> column = byKey.get(parts[0]);
                if (column == null || ordered.contains(column)) {
                    continue; // a column this version no longer has
                }
                ordered.add(column);
                if (parts.length > 1) {
                    parseWidth(parts[1]).ifPresent(column::setPrefWidth);
                }
                if (parts.length > 2) {
                    column.setVisible(!"false".equals(parts[2]));
                }
            }
            for (TableColumn<S, ?> column : table.getColumns()) {
                if (!ordered.contains(column)) {
                    ordered.add(column); // a column added since the layout was saved
                }
            }
            table.getColumns().setAll(ordered);
        }
        String sort = settings.get(key + ".sort");
        if (sort != null) {
            List<TableColumn<S, ?>> order = new ArrayList<>();
            for (String entry : sort.split(",")) {
                String[] parts = entry.split(":");
                TableColumn<S, ?> column = byKey.get(parts[0]);
                if (column == null || !column.isSortable()) {
                    continue;
                }
                column.setSortType(parts.length > 1 && "DESCENDING".equals(parts[1])
                        ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                order.add(column);
            }
            table.getSortOrder().setAll(order);
        }
    }

    private static java.util.Optional<Double> parseWidth(String text) {
        try {
            double width = Double.parseDouble(text);
            return width > 0 ? java.util.Optional.of(width) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** A column is known by its id, or else by its heading. */
    static String columnKey(TableColumn<?, ?> column) {
        String name = column.getId() != null && !column.getId().isBlank() ? column.getId() : column.getText();
        return name == null ? "" : name.replaceAll("[,:]", "_");
    }

    static List<TableView<?>> tablesUnder(Node root) {
        List<TableView<?>> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<TableView<?>> found) {
        if (node instanceof TableView<?> table) {
            if (table.getId() != null && !table.getId().isBlank()) {
                found.add(table);
            }
            return;
        }
        if (node instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().forEach(tab -> {
                if (tab.getContent() != null) {
                    collect(tab.getContent(), found);
                }
            });
            return;
        }
        if (node instanceof javafx.scene.control.SplitPane split) {
            split.getItems().forEach(item -> collect(item, found));
            return;
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), found);
            return;
        }
        if (node instanceof javafx.scene.control.TitledPane titled && titled.getContent() != null) {
            collect(titled.getContent(), found);
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }
}
