package org.probity.complaints.ui;

import org.probity.ui.FormControls;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.probity.complaints.ComplaintService;
import org.probity.complaints.ui.ComplaintProceduresViewModel.StageRow;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.SettingsPage;

/** The Settings page "Complaint procedures": the stages of each procedure and their working-day targets. */
public final class ComplaintProceduresPage implements SettingsPage {

    private final ComplaintProceduresViewModel model;
    private VBox view;

    public ComplaintProceduresPage(ComplaintService complaints, BackgroundTasks tasks) {
        this.model = new ComplaintProceduresViewModel(complaints, tasks);
    }

    @Override
    public String title() {
        return "Complaint procedures";
    }

    @Override
    public Node view() {
        if (view == null) {
            Label title = new Label("Complaint procedures");
            title.getStyleClass().add(Styles.TITLE_3);
            Label intro = new Label("Each stage's targets are working days from the day the stage starts. A change "
                    + "applies to stages started from now on: stages already started keep the dates counted when "
                    + "they started. Stage 1 of the protocol procedure takes the authority's complaint targets "
                    + "(Settings, Authority).");
            intro.setWrapText(true);
            intro.getStyleClass().add(Styles.TEXT_MUTED);

            TableView<StageRow> table = new TableView<>(model.rows());
            table.setId("procedureStages");
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            table.getColumns().setAll(java.util.List.of(
                    FormControls.column("Procedure", 170, StageRow::procedure),
                    FormControls.column("Stage", 220, r -> r.stage().name()),
                    FormControls.column("Acknowledge within", 120, StageRow::acknowledge),
                    FormControls.column("Respond within", 120, StageRow::respond),
                    FormControls.column("Longest extension", 120, StageRow::extension)));
            table.setPrefHeight(300);
            // Kept in step both ways: the table chooses a stage, and a reload chooses it again in the table.
            table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
                if (now != null || !model.rows().isEmpty()) {
                    model.selectedProperty().set(now);
                }
            });
            model.selectedProperty().addListener((o, was, now) -> {
                if (now != table.getSelectionModel().getSelectedItem()) {
                    table.getSelectionModel().select(now);
                }
            });

            TextField ack = days("stageAcknowledgeDays");
            ack.textProperty().bindBidirectional(model.acknowledgeDaysProperty());
            ack.disableProperty().bind(model.authorityTargetsProperty());
            TextField respond = days("stageRespondDays");
            respond.textProperty().bindBidirectional(model.respondDaysProperty());
            respond.disableProperty().bind(model.authorityTargetsProperty());
            TextField extension = days("stageMaxExtensionDays");
            extension.textProperty().bindBidirectional(model.maxExtensionDaysProperty());
            Button save = new Button("_Save targets");
            save.setId("stageTargetsSave");
            save.setMnemonicParsing(true);
            save.getStyleClass().add(Styles.ACCENT);
            save.disableProperty().bind(model.selectedProperty().isNull());
            save.setOnAction(e -> model.save());
            HBox fields = new HBox(8, FormControls.label("_Acknowledge", ack), ack,
                    FormControls.label("_Respond", respond), respond,
                    FormControls.label("Longest e_xtension", extension), extension,
                    new Label("working days"), save);
            fields.setAlignment(Pos.CENTER_LEFT);
            Label hint = new Label("Leave a target blank for none; an extension of 0 means the stage cannot be "
                    + "extended.");
            hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            Label problem = FormControls.error(model.problemProperty(), "stageTargetsProblem");
            Label message = new Label();
            message.setId("stageTargetsMessage");
            message.setWrapText(true);
            message.getStyleClass().add(Styles.SUCCESS);
            message.textProperty().bind(model.messageProperty());
            VBox.setVgrow(table, Priority.ALWAYS);
            view = new VBox(10, title, intro, table, fields, hint, problem, message);
            view.setPadding(new Insets(16));
        }
        return view;
    }

    private static TextField days(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(4);
        return field;
    }

    @Override
    public void activated() {
        model.load();
    }
}
