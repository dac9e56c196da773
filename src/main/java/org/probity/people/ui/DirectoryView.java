package org.probity.people.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.controlsfx.control.SearchableComboBox;
import org.probity.people.Directorate;
import org.probity.people.PoliticalGroup;
import org.probity.people.ServiceArea;
import org.probity.ui.FieldError;
import org.probity.ui.HistoryView;

/**
 * The Directory screen: a tab for each list (groups, wards, directorates, service areas), each
 * with the list on the left and the entry's form and history on the right. Built in code as the
 * four tabs share one layout.
 */
public final class DirectoryView {

    private final DirectoryViewModel model;
    private final TabPane root = new TabPane();
    private final List<DirectoryListViewModel<?>> tabModels = new ArrayList<>();
    private final List<Node> firstFields = new ArrayList<>();
    private final List<ListView<?>> lists = new ArrayList<>();

    public DirectoryView(DirectoryViewModel model) {
        this.model = model;
        root.setId("directoryTabs");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.getStyleClass().add("people-section");
        PeopleViews.style(root);
        root.getTabs().addAll(groupsTab(), wardsTab(), directoratesTab(), serviceAreasTab());
        model.setConfirmation(PeopleViews.dialogOver(root));
    }

    public Node root() {
        return root;
    }

    private Tab groupsTab() {
        DirectoryViewModel.Groups groups = model.groups();
        GridPane fields = grid();
        TextField shortName = new TextField();
        shortName.setId("groupShortName");
        shortName.setPromptText("e.g. Lab");
        shortName.setMaxWidth(160);
        shortName.textProperty().bindBidirectional(groups.shortNameProperty());
        addField(fields, 1, "Short name", shortName, groups.errors().of("shortName"));

        ColorPicker colour = new ColorPicker();
        colour.setId("groupColour");
        colour.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
        bindColour(colour, groups);
        addField(fields, 2, "Colour", colour, groups.errors().of("colour"));

        SearchableComboBox<DirectoryViewModel.MemberChoice> leader = new SearchableComboBox<>(groups.leaders());
        leader.setId("groupLeader");
        leader.setPromptText("No leader");
        leader.setMaxWidth(Double.MAX_VALUE);
        leader.valueProperty().bindBidirectional(groups.leaderProperty());
        Button noLeader = new Button("Clear");
        noLeader.setId("groupClearLeader");
        noLeader.disableProperty().bind(groups.leaderProperty().isNull());
        noLeader.setOnAction(e -> groups.leaderProperty().set(null));
        HBox leaderBox = new HBox(6, leader, noLeader);
        leaderBox.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(leader, Priority.ALWAYS);
        addField(fields, 3, "Leader", leaderBox, groups.errors().of("leader"));

        return tab("Political groups", "group", groups, fields, g -> {
            Rectangle swatch = new Rectangle(12, 12, colourOf(g.colour()));
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            Label label = new Label(g.name() + "  (" + g.shortName() + ")", swatch);
            label.setGraphicTextGap(8);
            return label;
        });
    }

    private static void bindColour(ColorPicker picker, DirectoryViewModel.Groups groups) {
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            syncing[0] = true;
            picker.setValue(colourOf(groups.colourProperty().get()));
            syncing[0] = false;
        };
        fromModel.run();
        groups.colourProperty().addListener(obs -> fromModel.run());
        picker.valueProperty().addListener((obs, was, now) -> {
            if (!syncing[0] && now != null) {
                groups.colourProperty().set(String.format("#%02X%02X%02X", Math.round(now.getRed() * 255),
                        Math.round(now.getGreen() * 255), Math.round(now.getBlue() * 255)));
            }
        });
    }

    private static Color colourOf(String hex) {
        try {
            return hex == null ? Color.web("#9E9E9E") : Color.web(hex);
        } catch (IllegalArgumentException e) {
            return Color.web("#9E9E9E");
        }
    }

    private Tab wardsTab() {
        return tab("Wards", "ward", model.wards(), grid(), w -> new Label(w.name()));
    }

    private Tab directoratesTab() {
        return tab("Directorates", "directorate", model.directorates(), grid(), d -> new Label(d.name()));
    }

    private Tab serviceAreasTab() {
        DirectoryViewModel.ServiceAreas areas = model.serviceAreas();
        GridPane fields = grid();
        ComboBox<Directorate> directorate = new ComboBox<>();
        directorate.setId("serviceAreaDirectorate");
        ObservableList<Directorate> choices = FXCollections.observableArrayList();
        Runnable copy = () -> {
            List<Directorate> all = new ArrayList<>();
            all.add(null);
            all.addAll(areas.directorates());
            Directorate wanted = areas.directorateProperty().get();
            choices.setAll(all);
            directorate.setValue(wanted);
        };
        copy.run();
        areas.directorates().addListener((ListChangeListener<Directorate>) c -> copy.run());
        directorate.setItems(choices);
        PeopleViews.nullAs(directorate, "None", Directorate::name);
        directorate.setPromptText("None");
        directorate.setMaxWidth(Double.MAX_VALUE);
        directorate.valueProperty().bindBidirectional(areas.directorateProperty());
        addField(fields, 1, "Directorate", directorate, areas.errors().of("directorate"));
        return tab("Service areas", "serviceArea", areas, fields, a -> {
            String in = areas.directorateOf(a);
            return new Label(in.isEmpty() ? a.name() : a.name() + "  ·  " + in);
        });
    }

    private <T> Tab tab(String title, String idPrefix, DirectoryListViewModel<T> list, GridPane fields,
                        Function<T, Node> cell) {
        tabModels.add(list);
        ListView<T> items = new ListView<>(list.items());
        items.setId(idPrefix + "List");
        items.setAccessibleText(title);
        items.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : cell.apply(item));
            }
        });
        items.setPlaceholder(new Label("None yet. Press Ctrl+N to add one."));
        lists.add(items);
        boolean[] syncing = {false};
        items.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!syncing[0] && now != null && !list.select(now)) {
                Platform.runLater(() -> {
                    syncing[0] = true;
                    items.getSelectionModel().select(list.selectedProperty().get());
                    syncing[0] = false;
                });
            }
        });
        list.selectedProperty().addListener((obs, was, now) -> {
            syncing[0] = true;
            if (now == null) {
                items.getSelectionModel().clearSelection();
            } else {
                items.getSelectionModel().select(now);
                items.scrollTo(now);
            }
            syncing[0] = false;
        });
        Button add = new Button("_New");
        add.setId(idPrefix + "New");
        add.setOnAction(e -> newItem(list));
        VBox left = new VBox(8, items, add);
        VBox.setVgrow(items, Priority.ALWAYS);
        left.setPadding(new Insets(12, 8, 12, 12));

        TextField name = new TextField();
        name.setId(idPrefix + "Name");
        name.textProperty().bindBidirectional(list.nameProperty());
        addField(fields, 0, "Name", name, list.errors().of("name"));
        firstFields.add(name);

        Label heading = new Label();
        heading.getStyleClass().add("title-3");
        heading.textProperty().bind(list.headingProperty());
        Label unsaved = new Label("Unsaved changes");
        unsaved.getStyleClass().add("text-warning");
        unsaved.visibleProperty().bind(list.dirtyProperty());
        HBox top = new HBox(8, heading, unsaved);
        top.setAlignment(Pos.CENTER_LEFT);
        Label problem = message(idPrefix + "Problem", list.problemProperty(), "danger");
        Label status = message(idPrefix + "Status", list.statusProperty(), "success");
        fields.disableProperty().bind(list.editingProperty().not());

        Button delete = new Button("_Delete…");
        delete.setId(idPrefix + "Delete");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(list.existingProperty().not().or(list.busyProperty()));
        delete.setOnAction(e -> list.delete());
        Button cancel = new Button("Cancel");
        cancel.setId(idPrefix + "Cancel");
        cancel.disableProperty().bind(list.editingProperty().not().or(list.busyProperty()));
        cancel.setOnAction(e -> list.cancel());
        Button save = new Button("_Save");
        save.setId(idPrefix + "Save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(list.editingProperty().not().or(list.busyProperty()));
        save.setOnAction(e -> list.save());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, delete, gap, cancel, save);

        Label historyTitle = new Label("History");
        historyTitle.getStyleClass().add("title-4");
        HistoryView history = new HistoryView(list.history());
        history.table().setId(idPrefix + "History");
        VBox.setVgrow(history, Priority.ALWAYS);
        VBox right = new VBox(10, top, problem, status, fields, buttons, historyTitle, history);
        right.setPadding(new Insets(12, 12, 12, 8));

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.34);
        Tab tab = new Tab(title, split);
        tab.setId(idPrefix + "Tab");
        return tab;
    }

    private static Label message(String id, ObservableStringValue text, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isEmpty(),
                text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(100);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private static void addField(GridPane grid, int row, String label, Node field,
                                 javafx.beans.value.ObservableValue<String> error) {
        Label caption = new Label(label);
        caption.setLabelFor(field);
        FieldError withError = new FieldError(field, error);
        if (field instanceof HBox box) {
            // a field with a button beside it: the message is named after the field itself
            withError.message().setId(box.getChildren().get(0).getId() + "Error");
        }
        grid.add(caption, 0, row);
        grid.add(withError, 1, row);
        GridPane.setValignment(caption, javafx.geometry.VPos.TOP);
        caption.setPadding(new Insets(5, 0, 0, 0));
    }

    private DirectoryListViewModel<?> current() {
        return tabModels.get(root.getSelectionModel().getSelectedIndex());
    }

    private void newItem(DirectoryListViewModel<?> list) {
        if (list.newItem()) {
            firstFields.get(tabModels.indexOf(list)).requestFocus();
        }
    }

    void newRecord() {
        newItem(current());
    }

    void save() {
        current().save();
    }

    void cancel() {
        current().cancel();
    }

    void find() {
        lists.get(root.getSelectionModel().getSelectedIndex()).requestFocus();
    }

    /** Brings the tab of this list to the front. */
    void show(DirectoryListViewModel<?> list) {
        int index = tabModels.indexOf(list);
        if (index >= 0) {
            root.getSelectionModel().select(index);
        }
    }
}
