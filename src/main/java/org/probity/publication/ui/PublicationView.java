package org.probity.publication.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.probity.publication.PublishedRegister;
import org.probity.ui.DateField;

/** The Publish registers screen: what to publish on the left, the preview and the saving on the right. */
public final class PublicationView {

    private final PublicationViewModel model;
    private final PublicationFiles files;
    private final SplitPane root = new SplitPane();
    private final VBox columnBoxes = new VBox(6);

    public PublicationView(PublicationViewModel model, PublicationFiles files) {
        this.model = model;
        this.files = files;
        root.setId("publicationView");
        root.getItems().addAll(form(), preview());
        root.setDividerPositions(0.3);
    }

    public Node node() {
        return root;
    }

    private Node form() {
        ComboBox<PublishedRegister<?>> register = new ComboBox<>(model.registers());
        register.setId("publicationRegister");
        register.setMaxWidth(Double.MAX_VALUE);
        register.setCellFactory(list -> new RegisterCell());
        register.setButtonCell(new RegisterCell());
        register.valueProperty().bindBidirectional(model.registerProperty());
        DateField from = dateField("publicationFrom", model.fromProperty());
        DateField to = dateField("publicationTo", model.toProperty());
        ComboBox<String> countBy = new ComboBox<>(model.countable());
        countBy.setId("publicationCountBy");
        countBy.setMaxWidth(Double.MAX_VALUE);
        countBy.valueProperty().bindBidirectional(model.countByProperty());
        CheckBox suppress = new CheckBox("Give counts below 3 as \u201cfewer than 3\u201d");
        suppress.setId("publicationSuppress");
        suppress.setWrapText(true);
        suppress.selectedProperty().bindBidirectional(model.suppressSmallProperty());

        GridPane which = new GridPane();
        which.setHgap(10);
        which.setVgap(8);
        which.setPadding(new Insets(8));
        which.addRow(0, label("Register", register), register);
        which.addRow(1, label("From", from), from);
        which.addRow(2, label("To", to), to);
        which.addRow(3, label("Count by", countBy), countBy);
        which.add(suppress, 1, 4);
        CheckBox countsOnly = new CheckBox("Counts only: leave out the line for each entry");
        countsOnly.setId("publicationCountsOnly");
        countsOnly.setWrapText(true);
        countsOnly.selectedProperty().bindBidirectional(model.countsOnlyProperty());
        which.add(countsOnly, 1, 5);
        GridPane.setHgrow(register, Priority.ALWAYS);

        Label note = new Label("Ticked columns are published. Personal columns name people or hold free text; "
                + "they start unticked and are marked in red.");
        note.setWrapText(true);
        columnBoxes.setId("publicationColumns");
        columnBoxes.setPadding(new Insets(8));
        columnBoxes.getChildren().add(note);
        model.columns().addListener((ListChangeListener<ColumnChoice>) c -> showColumns(note));
        showColumns(note);

        TitledPane columnsPane = new TitledPane("Columns", columnBoxes);
        columnsPane.disableProperty().bind(model.countsOnlyProperty());
        VBox content = new VBox(10, new TitledPane("What to publish", which), columnsPane);
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void showColumns(Label note) {
        columnBoxes.getChildren().setAll(note);
        for (ColumnChoice choice : model.columns()) {
            CheckBox box = new CheckBox(choice.column().personal() ? choice.column().heading() + " \u2014 personal: "
                    + choice.column().why() : choice.column().heading());
            box.setId(choice.id());
            box.setWrapText(true);
            if (choice.column().personal()) {
                box.setStyle("-fx-text-fill: -color-danger-fg;");
            }
            box.selectedProperty().bindBidirectional(choice.tickedProperty());
            columnBoxes.getChildren().add(box);
        }
    }

    private Node preview() {
        Button refresh = new Button("Refresh");
        refresh.setId("publicationRefresh");
        refresh.setOnAction(e -> model.refresh());
        Button pdf = new Button("Save as PDF\u2026");
        pdf.setId("publicationSavePdf");
        pdf.setOnAction(e -> save("pdf", "PDF document"));
        Button csv = new Button("Save as CSV\u2026");
        csv.setId("publicationSaveCsv");
        csv.setOnAction(e -> save("csv", "CSV file"));
        for (Button b : List.of(refresh, pdf, csv)) {
            b.disableProperty().bind(model.busyProperty());
        }
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.busyProperty());
        HBox actions = new HBox(8, refresh, pdf, csv, working);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label warning = new Label();
        warning.setId("personalWarning");
        warning.setWrapText(true);
        warning.setStyle("-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;");
        warning.textProperty().bind(model.personalWarningProperty());
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        Label status = new Label();
        status.setId("publicationStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label problem = new Label();
        problem.setId("publicationProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: -color-danger-fg;");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        TableView<List<String>> counts = new TableView<>(model.countRows());
        counts.setId("countTable");
        counts.setPrefHeight(180);
        counts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<List<String>, String> value = column(0);
        value.textProperty().bind(model.countHeadingProperty());
        TableColumn<List<String>, String> entries = column(1);
        entries.setText(org.probity.publication.Publication.ENTRIES);
        counts.getColumns().setAll(List.of(value, entries));
        counts.setPlaceholder(new Label("Nothing to count in the period."));

        TableView<List<String>> rows = new TableView<>(model.previewRows());
        rows.setId("previewTable");
        rows.setPlaceholder(new Label("No lines to publish: no entries in the period, no column ticked, or counts"
                + " only."));
        model.previewHeaders().addListener((ListChangeListener<String>) c -> {
            List<TableColumn<List<String>, ?>> shown = new java.util.ArrayList<>();
            for (int i = 0; i < model.previewHeaders().size(); i++) {
                TableColumn<List<String>, String> col = column(i);
                col.setText(model.previewHeaders().get(i));
                col.setPrefWidth(130);
                shown.add(col);
            }
            rows.getColumns().setAll(shown);
        });
        VBox.setVgrow(rows, Priority.ALWAYS);

        Label countsTitle = new Label("Counts as published");
        countsTitle.setStyle("-fx-font-weight: bold;");
        Label rowsTitle = new Label("Rows as published");
        rowsTitle.setStyle("-fx-font-weight: bold;");
        VBox right = new VBox(8, actions, warning, status, problem, countsTitle, counts, rowsTitle, rows);
        right.setPadding(new Insets(10));
        return right;
    }

    private static TableColumn<List<String>, String> column(int index) {
        TableColumn<List<String>, String> col = new TableColumn<>();
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(index < cell.getValue().size()
                ? cell.getValue().get(index) : "").getReadOnlyProperty());
        col.setSortable(false);
        return col;
    }

    private void save(String extension, String description) {
        files.saveAs(window(), model.suggestedFileName(extension), extension, description).ifPresent(model::save);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        return label;
    }

    private static DateField dateField(String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> property) {
        DateField field = new DateField();
        field.setId(id);
        field.valueProperty().bindBidirectional(property);
        return field;
    }

    /** Shows a register by its title. */
    private static final class RegisterCell extends ListCell<PublishedRegister<?>> {
        @Override
        protected void updateItem(PublishedRegister<?> item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
        }
    }
}
