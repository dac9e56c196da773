package org.probity.groupmeetings.ui;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.MeetingKind;
import org.probity.ui.DateField;
import org.probity.ui.FieldError;

/** The "Record attendance" dialog: the common case in one form and one save. */
final class RecordAttendanceDialog {

    private final RecordAttendanceViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType record = new ButtonType("Record", ButtonBar.ButtonData.OK_DONE);

    RecordAttendanceDialog(RecordAttendanceViewModel model, Node owner) {
        this.model = model;
        dialog.setTitle("Record attendance");
        dialog.setHeaderText("An officer attended a group's meeting or briefing");
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.getDialogPane().getButtonTypes().addAll(record, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().setId("recordAttendanceDialog");
        dialog.setResizable(true);
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(320);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        ComboBox<Choice> group = new ComboBox<>(model.groups());
        group.setId("raGroup");
        group.setMaxWidth(Double.MAX_VALUE);
        group.valueProperty().bindBidirectional(model.groupProperty());
        add(grid, row++, "Group", group, model.errors().of("group"));
        ComboBox<Choice> askedBy = new ComboBox<>(model.askers());
        askedBy.setId("raAskedBy");
        askedBy.setMaxWidth(Double.MAX_VALUE);
        askedBy.valueProperty().bindBidirectional(model.askedByProperty());
        add(grid, row++, "Asked by", askedBy, model.errors().of("requestedBy"));
        ComboBox<MeetingKind> kind = new ComboBox<>(FXCollections.observableArrayList(MeetingKind.values()));
        kind.setId("raKind");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.valueProperty().bindBidirectional(model.kindProperty());
        add(grid, row++, "Kind", kind, model.errors().of("kind"));
        DateField date = new DateField();
        date.setId("raMeetingDate");
        date.valueProperty().bindBidirectional(model.meetingDateProperty());
        add(grid, row++, "Meeting date", date, FieldError.forDate(date, model.errors().of("meetingDate")));
        TextField place = new TextField();
        place.setId("raPlace");
        place.setPromptText("e.g. Committee Room 2");
        place.textProperty().bindBidirectional(model.placeProperty());
        CheckBox online = new CheckBox("Online");
        online.setId("raOnline");
        online.selectedProperty().bindBidirectional(model.onlineProperty());
        HBox where = new HBox(12, place, online);
        where.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(place, Priority.ALWAYS);
        add(grid, row++, "Where", where, model.errors().of("place"));
        TextField subject = new TextField();
        subject.setId("raSubject");
        subject.textProperty().bindBidirectional(model.subjectProperty());
        add(grid, row++, "Subject", subject, model.errors().of("subject"));
        SearchableComboBox<Choice> officer = new SearchableComboBox<>(model.officers());
        officer.setId("raOfficer");
        officer.setMaxWidth(Double.MAX_VALUE);
        officer.valueProperty().bindBidirectional(model.officerProperty());
        add(grid, row++, "Officer who attended", officer, model.errors().of("officers"));
        SearchableComboBox<Choice> companion = new SearchableComboBox<>(model.officers());
        companion.setId("raCompanion");
        companion.setPromptText("Nobody: attended alone");
        companion.setMaxWidth(Double.MAX_VALUE);
        companion.valueProperty().bindBidirectional(model.companionProperty());
        Button none = new Button("None");
        none.setOnAction(e -> model.companionProperty().set(null));
        HBox companionBox = new HBox(6, companion, none);
        HBox.setHgrow(companion, Priority.ALWAYS);
        add(grid, row++, "Accompanied by", companionBox, model.errors().of("id"));
        CheckBox told = new CheckBox("The officer told the Monitoring Officer today");
        told.setId("raMoToldToday");
        told.selectedProperty().bindBidirectional(model.moToldTodayProperty());
        add(grid, row++, "Reported", told, model.errors().of("moNotifiedOn"));
        Label problem = new Label();
        problem.setId("raProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(problem.textProperty()));
        problem.managedProperty().bind(problem.visibleProperty());
        VBox box = new VBox(10, problem, grid);
        box.setPadding(new Insets(8));
        box.setPrefWidth(560);
        return box;
    }

    private static void add(GridPane grid, int row, String label, Node field, ObservableStringValue error) {
        Label name = new Label(label);
        name.setWrapText(true);
        name.setLabelFor(field);
        grid.add(name, 0, row);
        Label message = new Label();
        if (field.getId() != null) {
            message.setId(field.getId() + "Error");
        }
        FieldError.bind(field, message, error);
        grid.add(new VBox(2, field, message), 1, row);
    }

    /** Shows the dialog; Record saves in the background and closes it only once the record is stored. */
    void showAndSave(Consumer<GroupMeeting> onSaved) {
        Button button = (Button) dialog.getDialogPane().lookupButton(record);
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            for (Node node : dialog.getDialogPane().lookupAll(".uk-date-field")) {
                if (node instanceof DateField date) {
                    date.commitTypedText();
                }
            }
            model.save(saved -> {
                dialog.setResult(record);
                dialog.close();
                onSaved.accept(saved);
            });
        });
        dialog.show();
    }
}
