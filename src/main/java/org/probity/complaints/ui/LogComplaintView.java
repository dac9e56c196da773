package org.probity.complaints.ui;

import org.probity.ui.FormControls;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ComplaintRoute;
import org.probity.complaints.ReceivedHow;
import org.probity.ui.DateField;

/** The form to log a complaint, with the proposed route and the rule behind it shown as the people are chosen. */
final class LogComplaintView {

    private final LogComplaintViewModel model;
    private final ScrollPane root;
    private final ComboBox<ComplaintDirection> direction = FormControls.combo("logDirection",
            "Who complained about whom");

    LogComplaintView(LogComplaintViewModel model) {
        this.model = model;
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(180);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;

        DateField received = FormControls.dateField("logReceivedOn", "Date received");
        received.valueProperty().bindBidirectional(model.receivedOnProperty());
        row = add(form, row, "_Received", received, "receivedOn");

        ComboBox<ReceivedHow> how = FormControls.combo("logReceivedHow", "How it was received");
        how.getItems().setAll(ReceivedHow.values());
        how.valueProperty().bindBidirectional(model.receivedHowProperty());
        row = add(form, row, "_How", how, "receivedHow");

        direction.getItems().setAll(ComplaintDirection.values());
        direction.valueProperty().bindBidirectional(model.directionProperty());
        row = add(form, row, "_Direction", direction, "direction");

        ComboBox<PersonOption> complainant = FormControls.combo("logComplainant", "Complainant");
        complainant.setItems(model.complainantChoices());
        complainant.valueProperty().bindBidirectional(model.complainantProperty());
        row = add(form, row, "Co_mplainant", complainant, "complainant");

        ComboBox<PersonOption> subject = FormControls.combo("logSubject", "Complained about");
        subject.setItems(model.subjectChoices());
        subject.valueProperty().bindBidirectional(model.subjectProperty());
        row = add(form, row, "Complained _about", subject, "subject");

        CheckBox breach = new CheckBox("Alleges a breach of the Members' Code of Conduct");
        breach.setId("logAllegesBreach");
        breach.selectedProperty().bindBidirectional(model.allegesCodeBreachProperty());
        form.add(breach, 1, row++);

        ComboBox<ComplaintCategory> category = FormControls.combo("logCategory", "Category");
        category.getItems().setAll(ComplaintCategory.values());
        category.valueProperty().bindBidirectional(model.categoryProperty());
        row = add(form, row, "Ca_tegory", category, "category");

        TextField paragraphs = new TextField();
        paragraphs.setId("logParagraphs");
        paragraphs.setPromptText("e.g. 8.2, 8.3");
        paragraphs.textProperty().bindBidirectional(model.paragraphsProperty());
        form.add(FormControls.label("Protocol _paragraphs", paragraphs), 0, row);
        form.add(ParagraphPickerView.of(model.paragraphPicker(), paragraphs), 1, row);
        form.add(FormControls.error(model.errors().of("paragraphs"), "logParagraphsError"), 1, row + 1);
        row += 2;

        TextArea summary = new TextArea();
        summary.setId("logSummary");
        summary.setPrefRowCount(3);
        summary.setWrapText(true);
        summary.textProperty().bindBidirectional(model.summaryProperty());
        row = add(form, row, "_Summary (confidential)", summary, "summary");

        Label proposed = new Label();
        proposed.setId("logProposedRoute");
        proposed.getStyleClass().add(Styles.TEXT_BOLD);
        proposed.setWrapText(true);
        proposed.textProperty().bind(model.proposedTextProperty());
        Label rule = new Label();
        rule.setId("logRouteRule");
        rule.setWrapText(true);
        rule.getStyleClass().add(Styles.TEXT_MUTED);
        rule.textProperty().bind(model.ruleTextProperty());
        form.add(new Label("Proposed route"), 0, row);
        form.add(new VBox(2, proposed, rule), 1, row++);

        ComboBox<ComplaintRoute> route = FormControls.combo("logRoute", "Route");
        route.getItems().setAll(ComplaintRoute.values());
        route.valueProperty().bindBidirectional(model.routeProperty());
        row = add(form, row, "_Route", route, "route");

        TextField reason = new TextField();
        reason.setId("logRouteReason");
        reason.setPromptText("Why this route instead of the proposed one");
        reason.textProperty().bindBidirectional(model.routeReasonProperty());
        Label reasonLabel = FormControls.label("R_eason for the route", reason);
        reasonLabel.visibleProperty().bind(model.routeDiffersBinding());
        reason.visibleProperty().bind(model.routeDiffersBinding().or(model.errors().of("routeReason").isNotEmpty()));
        form.add(reasonLabel, 0, row);
        form.add(reason, 1, row++);
        form.add(FormControls.error(model.errors().of("routeReason"), "logRouteReasonError"), 1, row++);

        Button save = new Button("_Log complaint");
        save.setId("logSave");
        save.setMnemonicParsing(true);
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> save());
        Label status = new Label();
        status.setId("logStatus");
        status.getStyleClass().add(Styles.SUCCESS);
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.textProperty().bind(model.headingProperty());
        VBox box = new VBox(10, heading, FormControls.error(model.problemProperty(), "logProblem"), form, save,
                status);
        box.setPadding(new Insets(12));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.setId("logComplaintForm");
    }

    private int add(GridPane form, int row, String text, Node field, String errorField) {
        form.add(FormControls.label(text, field), 0, row);
        form.add(field, 1, row);
        form.add(FormControls.error(model.errors().of(errorField), field.getId() + "Error"), 1, row + 1);
        return row + 2;
    }

    void save() {
        if (FormControls.readTypedDates(root.getContent())) {
            model.save();
        }
    }

    void focus() {
        direction.requestFocus();
    }

    Node root() {
        return root;
    }
}
