package org.probity.app.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.probity.calendar.BankHolidayRegion;
import org.probity.ui.SettingsPage;

/** Settings › Authority: the name, bank-holiday region and response targets. */
final class AuthorityPage implements SettingsPage {

    private final AuthorityPageViewModel model;
    private VBox view;
    private TextField nameField;

    AuthorityPage(AuthorityPageViewModel model) {
        this.model = model;
    }

    @Override
    public String title() {
        return "Authority";
    }

    @Override
    public void activated() {
        model.load();
    }

    AuthorityPageViewModel model() {
        return model;
    }

    void focusFirstField() {
        if (nameField != null) {
            nameField.requestFocus();
        }
    }

    @Override
    public Node view() {
        if (view != null) {
            return view;
        }
        Label title = new Label("Authority");
        title.getStyleClass().add(Styles.TITLE_3);
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(260);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setPrefWidth(320);
        form.getColumnConstraints().addAll(labels, fields);

        nameField = new TextField();
        nameField.setId("authorityName");
        nameField.textProperty().bindBidirectional(model.nameProperty());
        int row = addField(form, 0, "Name of the authority", nameField, "name");

        ComboBox<BankHolidayRegion> region = new ComboBox<>();
        region.setId("authorityRegion");
        region.getItems().setAll(BankHolidayRegion.values());
        region.valueProperty().bindBidirectional(model.regionProperty());
        region.setMaxWidth(Double.MAX_VALUE);
        row = addField(form, row, "Bank holidays", region, "region");

        Label targets = new Label("Response targets, in working days");
        targets.getStyleClass().add(Styles.TITLE_4);
        GridPane.setMargin(targets, new Insets(12, 0, 4, 0));
        form.add(targets, 0, row++, 2, 1);
        row = addTarget(form, row, "Members' enquiries", "membersEnquiryDays");
        row = addTarget(form, row, "Information requests", "informationRequestDays");
        row = addTarget(form, row, "Complaint acknowledgement", "complaintAcknowledgementDays");
        addTarget(form, row, "Complaint response", "complaintResponseDays");

        Button save = new Button("Save");
        save.setId("saveProfile");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.busyProperty());
        Button revert = new Button("Discard changes");
        revert.setId("revertProfile");
        revert.setOnAction(e -> model.revert());
        Label status = new Label();
        status.setId("profileStatus");
        status.textProperty().bind(model.statusProperty());
        HBox buttons = new HBox(8, save, revert, status);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label("Ctrl+S saves; Esc discards the changes.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        view = new VBox(12, title, form, buttons, hint);
        view.setId("authorityPage");
        return view;
    }

    private int addTarget(GridPane form, int row, String label, String field) {
        TextField days = new TextField();
        days.setId(field);
        days.setPrefColumnCount(4);
        days.setMaxWidth(90);
        days.textProperty().bindBidirectional(model.targetProperty(field));
        return addField(form, row, label, days, field);
    }

    private int addField(GridPane form, int row, String caption, Control field, String name) {
        Label label = new Label(caption);
        label.setLabelFor(field);
        Label problem = new Label();
        problem.setId(name + "Problem");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty(name));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        model.problemProperty(name).addListener((obs, before, now) ->
                field.pseudoClassStateChanged(Styles.STATE_DANGER, now != null && !now.isEmpty()));
        form.add(label, 0, row);
        form.add(field, 1, row);
        form.add(problem, 1, row + 1);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return row + 2;
    }
}
