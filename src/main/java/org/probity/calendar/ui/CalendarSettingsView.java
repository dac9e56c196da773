package org.probity.calendar.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.probity.calendar.BankHolidayChange;
import org.probity.calendar.BankHolidayChangeKind;
import org.probity.calendar.BankHolidayRegion;
import org.probity.calendar.ClosureDay;
import org.probity.common.UkDates;

/** Settings page for closure days and announced bank holidays. Binds and forwards only. */
public final class CalendarSettingsView {

    private final VBox root;

    public CalendarSettingsView(CalendarSettingsViewModel model) {
        Label closuresTitle = new Label("Closure days");
        closuresTitle.getStyleClass().add(Styles.TITLE_3);
        Label closuresNote = new Label("Weekdays the authority's offices are shut. Deadlines skip them.");
        closuresNote.setWrapText(true);

        TableView<ClosureDay> closures = new TableView<>(model.closureDays());
        closures.setId("closureTable");
        closures.setPrefHeight(180);
        closures.setPlaceholder(new Label("No closure days."));
        closures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        closures.getColumns().add(column("Date", d -> UkDates.display(d.date())));
        closures.getColumns().add(column("Description", ClosureDay::description));

        TextField closureDate = new TextField();
        closureDate.setId("closureDateField");
        closureDate.setPromptText("29/12/2026");
        closureDate.textProperty().bindBidirectional(model.closureDateTextProperty());
        TextField closureDescription = new TextField();
        closureDescription.setId("closureDescriptionField");
        closureDescription.setPromptText("e.g. Offices closed between Christmas and New Year");
        closureDescription.setPrefColumnCount(28);
        closureDescription.textProperty().bindBidirectional(model.closureDescriptionProperty());
        Button addClosure = new Button("Add closure day");
        addClosure.setId("addClosureButton");
        addClosure.setOnAction(e -> model.addClosureDay());
        Button removeClosure = new Button("Remove");
        removeClosure.setId("removeClosureButton");
        removeClosure.disableProperty().bind(closures.getSelectionModel().selectedItemProperty().isNull());
        removeClosure.setOnAction(e -> model.removeClosureDay(closures.getSelectionModel().getSelectedItem()));
        HBox closureForm = new HBox(8, closureDate, closureDescription, addClosure, removeClosure);

        Label holidaysTitle = new Label("Bank holidays announced after release");
        holidaysTitle.getStyleClass().add(Styles.TITLE_3);
        Label holidaysNote = new Label("Bank holidays come from a maintained calendar. When a new one is proclaimed "
                + "(a coronation, a state funeral) or one is moved, record it here; open deadlines are counted again.");
        holidaysNote.setWrapText(true);

        TableView<BankHolidayChange> changes = new TableView<>(model.changes());
        changes.setId("bankHolidayTable");
        changes.setPrefHeight(160);
        changes.setPlaceholder(new Label("No changes recorded."));
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.getColumns().add(column("Date", c -> UkDates.display(c.date())));
        changes.getColumns().add(column("Nation", c -> c.region().label()));
        changes.getColumns().add(column("Change", c -> c.kind().label()));
        changes.getColumns().add(column("Name or reason", BankHolidayChange::description));

        TextField holidayDate = new TextField();
        holidayDate.setId("holidayDateField");
        holidayDate.setPromptText("8/5/2023");
        holidayDate.textProperty().bindBidirectional(model.holidayDateTextProperty());
        ComboBox<BankHolidayRegion> region = new ComboBox<>();
        region.setId("holidayRegionChoice");
        region.getItems().setAll(BankHolidayRegion.values());
        region.valueProperty().bindBidirectional(model.holidayRegionProperty());
        ComboBox<BankHolidayChangeKind> kind = new ComboBox<>();
        kind.setId("holidayKindChoice");
        kind.getItems().setAll(BankHolidayChangeKind.values());
        kind.valueProperty().bindBidirectional(model.holidayKindProperty());
        TextField name = new TextField();
        name.setId("holidayNameField");
        name.setPromptText("e.g. Bank holiday for the coronation");
        name.setPrefColumnCount(22);
        name.textProperty().bindBidirectional(model.holidayNameProperty());
        Button record = new Button("Record");
        record.setId("addBankHolidayButton");
        record.setOnAction(e -> model.addBankHolidayChange());
        Button removeChange = new Button("Remove");
        removeChange.setId("removeBankHolidayButton");
        removeChange.disableProperty().bind(changes.getSelectionModel().selectedItemProperty().isNull());
        removeChange.setOnAction(e -> model.removeBankHolidayChange(changes.getSelectionModel().getSelectedItem()));
        HBox holidayForm = new HBox(8, holidayDate, region, kind, name, record, removeChange);

        Label error = new Label();
        error.setId("settingsErrorLabel");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.errorTextProperty());
        Label message = new Label();
        message.setId("settingsMessageLabel");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        ListView<String> moved = new ListView<>(model.movedDeadlines());
        moved.setId("movedList");
        moved.setPrefHeight(120);
        moved.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.movedDeadlines()));
        moved.managedProperty().bind(moved.visibleProperty());

        root = new VBox(10, closuresTitle, closuresNote, closures, closureForm, holidaysTitle, holidaysNote, changes,
                holidayForm, error, message, moved);
        root.setPadding(new Insets(16));
        root.setId("calendarSettingsView");
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    public Node node() {
        return root;
    }
}
