package org.probity.calendar.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.probity.calendar.BankHolidayRegion;

/** The deadline calculator and the year's days off. Binds to its view model and forwards clicks. */
public final class DeadlineView {

    private final VBox root;

    public DeadlineView(DeadlineViewModel model) {
        Label title = new Label("Deadlines");
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label("Count working days from the day a request was received. The day received is not "
                + "counted; weekends, bank holidays and the authority's closure days are skipped.");
        intro.setWrapText(true);

        TextField received = new TextField();
        received.setId("receivedField");
        received.setPromptText("23/11/2026");
        received.textProperty().bindBidirectional(model.receivedTextProperty());
        received.setOnAction(e -> model.calculate());

        TextField days = new TextField();
        days.setId("workingDaysField");
        days.setPrefColumnCount(4);
        days.textProperty().bindBidirectional(model.workingDaysTextProperty());
        days.setOnAction(e -> model.calculate());

        ComboBox<BankHolidayRegion> region = new ComboBox<>();
        region.setId("regionChoice");
        region.getItems().setAll(model.regions());
        region.valueProperty().bindBidirectional(model.regionProperty());

        Button calculate = new Button("Work out the due date");
        calculate.setId("calculateButton");
        calculate.setDefaultButton(true);
        calculate.getStyleClass().add(Styles.ACCENT);
        calculate.setOnAction(e -> model.calculate());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, label("Date received", received), received);
        form.addRow(1, label("Working days", days), days);
        form.addRow(2, label("Bank holidays of", region), region);
        form.add(calculate, 1, 3);

        Label error = new Label();
        error.setId("errorLabel");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.errorTextProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        Label due = new Label();
        due.setId("dueLabel");
        due.getStyleClass().add(Styles.TITLE_3);
        due.textProperty().bind(model.dueTextProperty());
        Label summary = new Label();
        summary.setId("summaryLabel");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryTextProperty());
        Label skippedTitle = new Label("Days not counted");
        skippedTitle.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<String> skipped = new ListView<>(model.skippedDays());
        skipped.setId("skippedList");
        skipped.setPrefHeight(180);
        skipped.setPlaceholder(new Label("Every day counted was a working day."));
        VBox result = new VBox(6, due, summary, skippedTitle, skipped);
        result.visibleProperty().bind(model.dueTextProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());

        VBox calculator = new VBox(12, title, intro, form, error, result);
        calculator.setPrefWidth(460);
        HBox.setHgrow(calculator, Priority.ALWAYS);

        Label yearTitle = new Label("Days off in");
        yearTitle.getStyleClass().add(Styles.TITLE_4);
        Spinner<Integer> year = new Spinner<>(1990, 2100, 2026);
        year.setId("yearSpinner");
        year.setPrefWidth(100);
        model.yearProperty().addListener((obs, old, now) -> {
            if (now.intValue() > 0 && !year.getValue().equals(now.intValue())) {
                year.getValueFactory().setValue(now.intValue());
            }
        });
        year.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.yearProperty().get()) {
                model.yearProperty().set(now);
                model.showYear();
            }
        });
        model.regionProperty().addListener((obs, old, now) -> {
            if (model.yearProperty().get() > 0) {
                model.showYear();
            }
        });
        ListView<String> yearDays = new ListView<>(model.yearDays());
        yearDays.setId("yearDaysList");
        VBox.setVgrow(yearDays, Priority.ALWAYS);
        Label yearNote = new Label("Bank holidays of the chosen nation, with announced changes, and the "
                + "authority's closure days. Weekends are not listed.");
        yearNote.setWrapText(true);
        yearNote.getStyleClass().add(Styles.TEXT_MUTED);
        VBox yearBox = new VBox(8, new HBox(8, yearTitle, year), yearNote, yearDays);
        yearBox.setPrefWidth(460);
        yearBox.setMinWidth(420);

        HBox columns = new HBox(32, calculator, yearBox);
        root = new VBox(columns);
        root.setPadding(new Insets(24));
        root.setId("deadlinesView");
        VBox.setVgrow(columns, Priority.ALWAYS);
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMnemonicParsing(false);
        return label;
    }

    public Node node() {
        return root;
    }

    /** Puts the cursor in the date field, as Ctrl+F does elsewhere. */
    public void focusDate() {
        root.lookup("#receivedField").requestFocus();
    }

}
