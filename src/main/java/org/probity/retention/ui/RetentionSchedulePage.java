package org.probity.retention.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.probity.retention.DisposalAction;
import org.probity.retention.RetentionRule;
import org.probity.ui.SettingsPage;

/** Settings › Retention schedule: how long each register keeps a record, from when, and what is done then. */
public final class RetentionSchedulePage implements SettingsPage {

    private final RetentionScheduleViewModel model;
    private VBox view;

    public RetentionSchedulePage(RetentionScheduleViewModel model) {
        this.model = model;
    }

    @Override
    public String title() {
        return "Retention schedule";
    }

    @Override
    public void activated() {
        model.refresh();
    }

    @Override
    public Node view() {
        if (view != null) {
            return view;
        }
        Label title = RetentionControls.title("Retention schedule");
        Label explain = RetentionControls.explanation("A record is due for disposal on the date its period is"
                + " counted from plus the period, in calendar days. Records still open are never due. Due records are listed under"
                + " Disposal review, where the Monitoring Officer approves their disposal.");

        TableView<RetentionRule> table = new TableView<>(model.rules());
        table.setId("scheduleTable");
        table.setPrefHeight(215);
        table.getColumns().setAll(List.of(
                column("Register", 200, r -> r.register().label()),
                column("Kept for", 150, RetentionRule::describePeriod),
                column("Counted from", 240, r -> r.register().trigger()),
                column("Then", 100, r -> r.action().label())));
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });

        TextField years = new TextField();
        years.setId("retentionYears");
        years.setPrefColumnCount(4);
        years.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        years.textProperty().bindBidirectional(model.yearsProperty());
        TextField months = new TextField();
        months.setId("retentionMonths");
        months.setPrefColumnCount(4);
        months.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        months.textProperty().bindBidirectional(model.monthsProperty());
        ChoiceBox<DisposalAction> action = new ChoiceBox<>();
        action.setId("retentionAction");
        action.getItems().setAll(DisposalAction.values());
        action.valueProperty().bindBidirectional(model.actionProperty());
        TextArea note = new TextArea();
        note.setId("retentionNote");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setPrefColumnCount(60);
        note.textProperty().bindBidirectional(model.noteProperty());
        Button save = new Button("Save");
        save.setId("saveRetention");
        save.disableProperty().bind(model.mayChangeProperty().not().or(model.selectedProperty().isNull()));
        save.setOnAction(e -> model.save());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        Label editing = new Label();
        editing.setId("retentionRegister");
        editing.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
        editing.textProperty().bind(model.selectedProperty().map(r -> r.register().label() + ", counted from "
                + r.register().trigger()).orElse("Choose a register in the list to change its period or action."));
        form.addRow(0, caption("Register"), editing);
        form.addRow(1, caption("Years"), years);
        form.addRow(2, caption("Months"), months);
        form.addRow(3, caption("Then"), action);
        form.addRow(4, caption("Where this comes from"), note);
        form.add(save, 1, 5);
        years.disableProperty().bind(model.selectedProperty().isNull());
        months.disableProperty().bind(model.selectedProperty().isNull());
        action.disableProperty().bind(model.selectedProperty().isNull());
        note.disableProperty().bind(model.selectedProperty().isNull());

        Label status = RetentionControls.status("retentionStatus", model.statusProperty(), model.failedProperty());
        Label anonymise = RetentionControls.explanation("Anonymise removes the people named in a record and"
                + " everything written about them, keeping dates, categories and outcomes so that past years' figures still add up. Delete"
                + " removes the record; the disposal log counts it for its year.");

        view = new VBox(12, title, explain, table, form, anonymise, status);
        view.setPadding(new Insets(0, 0, 8, 0));
        view.setId("retentionSchedulePage");
        return view;
    }

    private static Label caption(String text) {
        Label caption = new Label(text);
        caption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return caption;
    }

    private static TableColumn<RetentionRule, String> column(String title, double width,
                                                             java.util.function.Function<RetentionRule, String> value) {
        return RetentionControls.column(title, width, value);
    }
}
