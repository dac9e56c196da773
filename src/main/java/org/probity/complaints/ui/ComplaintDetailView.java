package org.probity.complaints.ui;

import org.probity.ui.FormControls;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.probity.attachments.ui.AttachmentsPane;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintOutcome;
import org.probity.complaints.ReceivedHow;
import org.probity.ui.DateField;
import org.probity.ui.HistoryView;

/**
 * A complaint opened from the list: what it is about and its route, the timeline of its stages
 * with their deadlines, the next steps, its attachments and its history.
 */
final class ComplaintDetailView {

    private final ComplaintDetailViewModel model;
    private final VBox root;

    ComplaintDetailView(ComplaintDetailViewModel model, ObservableList<PersonOption> officers) {
        this.model = model;
        Label heading = new Label();
        heading.setId("complaintHeading");
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.textProperty().bind(model.headingProperty());
        Label about = wrapped("complaintDetails");
        about.textProperty().bind(model.detailsProperty());
        Label route = wrapped("complaintRoute");
        route.getStyleClass().add(Styles.TEXT_BOLD);
        route.textProperty().bind(model.routeTextProperty());
        Label rule = wrapped("complaintRule");
        rule.getStyleClass().add(Styles.TEXT_MUTED);
        rule.textProperty().bind(model.ruleTextProperty());
        Label outcome = wrapped("complaintOutcome");
        outcome.textProperty().bind(model.outcomeTextProperty());
        outcome.visibleProperty().bind(outcome.textProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());

        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab timeline = new Tab("Timeline", timeline(officers));
        timeline.setId("complaintTimelineTab");
        Tab details = new Tab("Details", detailsForm());
        details.setId("complaintDetailsTab");
        Tab attachments = new Tab("Attachments", new AttachmentsPane(model.attachments()));
        attachments.setId("complaintAttachmentsTab");
        Tab history = new Tab("History", new HistoryView(model.history()));
        history.setId("complaintHistoryTab");
        tabs.getTabs().addAll(timeline, details, attachments, history);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        root = new VBox(6, heading, about, route, rule, outcome, tabs);
        root.setPadding(new Insets(12, 12, 12, 8));
        root.setId("complaintDetail");
    }

    private static Label wrapped(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label detail(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private Node timeline(ObservableList<PersonOption> officers) {
        ListView<StageLine> table = new ListView<>(model.timeline());
        table.setId("complaintTimeline");
        table.setAccessibleText("Stages and deadlines");
        table.setPrefHeight(230);
        table.setPlaceholder(new Label("Choose a complaint in the list."));
        table.setCellFactory(list -> new ListCell<>() {
            {
                // A cell as wide as the list, so long deadlines wrap instead of scrolling sideways.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(StageLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(line.stage() + (line.handler().isEmpty() ? "" : " · " + line.handler()));
                name.getStyleClass().add(Styles.TEXT_BOLD);
                VBox box = new VBox(2, name, detail("Started " + line.started() + ", " + line.completed()));
                if (!line.acknowledge().isEmpty()) {
                    box.getChildren().add(detail("Acknowledge: " + line.acknowledge()));
                }
                if (!line.respond().isEmpty()) {
                    box.getChildren().add(detail("Respond: " + line.respond()));
                }
                if (!line.independentPerson().isEmpty()) {
                    box.getChildren().add(detail("Independent Person consulted " + line.independentPerson()));
                }
                setText(null);
                setGraphic(box);
            }
        });

        Label current = new Label();
        current.setId("currentStage");
        current.getStyleClass().add(Styles.TEXT_BOLD);
        current.textProperty().bind(model.currentStageProperty());
        DateField date = FormControls.dateField("actionDate", "Date of the step");
        date.setMaxWidth(160);
        date.valueProperty().bindBidirectional(model.actionDateProperty());
        HBox dateRow = row(FormControls.label("_Date of the step", date), date);

        Button acknowledge = button("_Acknowledge", "acknowledgeButton", model::acknowledge,
                model.canAcknowledgeProperty());

        TextField days = new TextField();
        days.setId("extensionDays");
        days.setPrefColumnCount(4);
        days.setPromptText("days");
        days.textProperty().bindBidirectional(model.extensionDaysProperty());
        TextField reason = new TextField();
        reason.setId("extensionReason");
        reason.setPromptText("Reason for the extension");
        reason.textProperty().bindBidirectional(model.extensionReasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        HBox extension = row(new Label("Extend by"), days, new Label("working days"), reason,
                button("E_xtend", "extendButton", model::extend, model.canExtendProperty()));
        shownWhen(extension, model.canExtendProperty());

        TextField view = new TextField();
        view.setId("independentPersonView");
        view.setPromptText("The Independent Person's view");
        view.textProperty().bindBidirectional(model.independentPersonViewProperty());
        HBox.setHgrow(view, Priority.ALWAYS);
        HBox consult = row(view, button("Record _view", "consultButton", model::consultIndependentPerson,
                model.consultsIndependentPersonProperty()));
        shownWhen(consult, model.consultsIndependentPersonProperty());

        ComboBox<PersonOption> handler = FormControls.combo("nextHandler", "Handler of the next stage");
        handler.setItems(officers);
        handler.setPrefWidth(260);
        handler.valueProperty().bindBidirectional(model.handlerProperty());
        Label next = new Label();
        next.setId("nextStage");
        next.textProperty().bind(model.nextStageProperty().map(n -> n.isEmpty() ? "" : "Next: " + n));
        next.setWrapText(true);
        next.setMinHeight(Region.USE_PREF_SIZE);
        VBox advance = new VBox(6, next, row(FormControls.label("_Handled by", handler), handler,
                button("_Move to next stage", "advanceButton", model::advance, model.hasNextStageProperty())));
        shownWhen(advance, model.hasNextStageProperty());

        ComboBox<ComplaintOutcome> outcome = FormControls.combo("outcomeChoice", "Outcome");
        outcome.getItems().setAll(ComplaintOutcome.values());
        outcome.setPrefWidth(200);
        outcome.valueProperty().bindBidirectional(model.outcomeProperty());
        TextField sanctions = new TextField();
        sanctions.setId("sanctions");
        sanctions.setPromptText("Sanctions or actions, where upheld");
        sanctions.textProperty().bindBidirectional(model.sanctionsProperty());
        HBox.setHgrow(sanctions, Priority.ALWAYS);
        TextArea learning = new TextArea();
        learning.setId("learningPoints");
        learning.setPromptText("Learning points");
        learning.setPrefRowCount(2);
        learning.setWrapText(true);
        learning.textProperty().bindBidirectional(model.learningPointsProperty());
        CheckBox published = new CheckBox("Decision notice published on");
        published.setId("noticePublished");
        published.selectedProperty().bindBidirectional(model.noticePublishedProperty());
        DateField publishedOn = FormControls.dateField("noticePublishedOn", "Date the decision notice was published");
        publishedOn.setMaxWidth(160);
        publishedOn.valueProperty().bindBidirectional(model.noticePublishedOnProperty());
        publishedOn.disableProperty().bind(published.selectedProperty().not());
        VBox decide = new VBox(6, row(FormControls.label("_Outcome", outcome), outcome, sanctions), learning,
                row(published, publishedOn, button("Record _outcome", "decideButton", model::decide,
                        model.openProperty())));
        shownWhen(decide, model.openProperty());

        TextField review = new TextField();
        review.setId("reviewResult");
        review.setPromptText("Result of the review, when known");
        review.textProperty().bindBidirectional(model.reviewResultProperty());
        HBox.setHgrow(review, Priority.ALWAYS);
        HBox reviewRow = row(new Label("Review requested:"), review,
                button("Record re_view", "reviewButton", model::recordReview, model.openProperty().not()));
        shownWhen(reviewRow, model.openProperty().not().and(model.complaintProperty().isNotNull()));

        Label problem = FormControls.error(model.problemProperty(), "detailProblem");
        Label status = new Label();
        status.setId("detailStatus");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(model.statusProperty());

        VBox steps = new VBox(8, current, dateRow, acknowledge, extension, consult, advance, new Separator(), decide,
                reviewRow, problem, status);
        steps.disableProperty().bind(model.busyProperty());
        VBox box = new VBox(10, table, steps);
        box.setPadding(new Insets(8, 0, 0, 0));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Corrects what was logged: the date received and the parties only while at the first stage. */
    private Node detailsForm() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(160);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);

        DateField received = FormControls.dateField("editReceivedOn", "Date received");
        received.valueProperty().bindBidirectional(model.editReceivedOnProperty());
        received.disableProperty().bind(model.atFirstStageProperty().not());
        ComboBox<ReceivedHow> how = FormControls.combo("editReceivedHow", "How it was received");
        how.getItems().setAll(ReceivedHow.values());
        how.valueProperty().bindBidirectional(model.editReceivedHowProperty());
        ComboBox<PersonOption> complainant = FormControls.combo("editComplainant", "Complainant");
        complainant.setItems(model.complainantChoices());
        complainant.valueProperty().bindBidirectional(model.editComplainantProperty());
        complainant.disableProperty().bind(model.atFirstStageProperty().not());
        ComboBox<PersonOption> subject = FormControls.combo("editSubject", "Complained about");
        subject.setItems(model.subjectChoices());
        subject.valueProperty().bindBidirectional(model.editSubjectProperty());
        subject.disableProperty().bind(model.atFirstStageProperty().not());
        ComboBox<ComplaintCategory> category = FormControls.combo("editCategory", "Category");
        category.getItems().setAll(ComplaintCategory.values());
        category.valueProperty().bindBidirectional(model.editCategoryProperty());
        TextField paragraphs = new TextField();
        paragraphs.setId("editParagraphs");
        paragraphs.setPromptText("e.g. 8.2, 8.3");
        paragraphs.textProperty().bindBidirectional(model.editParagraphsProperty());
        TextArea summary = new TextArea();
        summary.setId("editSummary");
        summary.setPrefRowCount(3);
        summary.setWrapText(true);
        summary.textProperty().bindBidirectional(model.editSummaryProperty());

        int row = 0;
        form.addRow(row++, FormControls.label("_Received", received), received);
        form.addRow(row++, FormControls.label("_How", how), how);
        form.addRow(row++, FormControls.label("Co_mplainant", complainant), complainant);
        form.addRow(row++, FormControls.label("Complained _about", subject), subject);
        form.addRow(row++, FormControls.label("Ca_tegory", category), category);
        form.addRow(row++, FormControls.label("Protocol _paragraphs", paragraphs),
                ParagraphPickerView.of(model.paragraphPicker(), paragraphs));
        form.addRow(row++, FormControls.label("_Summary (confidential)", summary), summary);

        Label firstStageOnly = new Label("The date received and the parties can be corrected only while the "
                + "complaint is at its first stage; the first stage's dates are then counted again.");
        firstStageOnly.setWrapText(true);
        firstStageOnly.setMinHeight(Region.USE_PREF_SIZE);
        firstStageOnly.getStyleClass().add(Styles.TEXT_MUTED);
        Button save = new Button("Save _details");
        save.setId("saveDetailsButton");
        save.setMnemonicParsing(true);
        save.setOnAction(e -> {
            if (FormControls.readTypedDates(form)) {
                model.saveDetails();
            }
        });
        Label problem = FormControls.error(model.problemProperty(), "detailsProblem");
        Label status = new Label();
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(model.statusProperty());
        VBox box = new VBox(8, firstStageOnly, form, row(save, status), problem);
        box.setPadding(new Insets(8, 0, 0, 0));
        box.disableProperty().bind(model.busyProperty().or(model.detailsEditableProperty().not()));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static void shownWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    private Button button(String text, String id, Runnable action, ObservableBooleanValue shown) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(e -> {
            if (FormControls.readTypedDates(root)) {
                action.run();
            }
        });
        shownWhen(button, shown);
        return button;
    }

    Node root() {
        return root;
    }
}
