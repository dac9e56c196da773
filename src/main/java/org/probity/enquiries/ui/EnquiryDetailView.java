package org.probity.enquiries.ui;

import org.probity.ui.FormControls;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.probity.attachments.ui.AttachmentsPane;
import org.probity.enquiries.ConsentBasis;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryChannel;
import org.probity.enquiries.EnquiryKind;
import org.probity.enquiries.Refusal;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.ServiceArea;
import org.probity.people.Ward;
import org.probity.ui.Confirmation;
import org.probity.ui.DateField;
import org.probity.ui.FieldError;
import org.probity.ui.HistoryView;

/**
 * An enquiry opened from the list: the Enquiry tab with every field, the Timeline tab with each
 * step and the buttons for the next ones (each a small dialog), Attachments and History.
 */
final class EnquiryDetailView {

    private final EnquiryDetailViewModel model;
    private final VBox root = new VBox(8);
    private final TabPane tabs = new TabPane();
    private final VBox form = new VBox(8);

    EnquiryDetailView(EnquiryDetailViewModel model) {
        this.model = model;
        root.setId("enquiryDetail");
        root.setPadding(new Insets(12, 12, 12, 8));

        Label heading = new Label();
        heading.setId("enquiryHeading");
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.textProperty().bind(model.headingProperty());
        Label message = new Label();
        message.setId("enquiryMessage");
        message.getStyleClass().add(Styles.SUCCESS);
        message.textProperty().bind(Bindings.createStringBinding(() -> model.messageProperty().get() == null ? ""
                : model.messageProperty().get(), model.messageProperty()));
        Label problem = new Label();
        problem.setId("enquiryProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get() == null ? ""
                : model.problemProperty().get(), model.problemProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        HBox top = new HBox(12, heading, message);
        top.setAlignment(Pos.BASELINE_LEFT);

        tabs.setId("enquiryTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab details = new Tab("Enquiry", scroll(buildForm()));
        details.setId("enquiryFormTab");
        Tab timeline = new Tab("Timeline", scroll(buildTimeline()));
        timeline.setId("enquiryTimelineTab");
        tabs.getTabs().addAll(details, timeline);
        if (model.attachments() != null) {
            Tab attachments = new Tab("Attachments", new AttachmentsPane(model.attachments()));
            attachments.setId("enquiryAttachmentsTab");
            tabs.getTabs().add(attachments);
        }
        Tab history = new Tab("History", new HistoryView(model.history()));
        history.setId("enquiryHistoryTab");
        tabs.getTabs().add(history);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(top, problem, tabs);
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        return pane;
    }

    private Node buildForm() {
        form.setPadding(new Insets(10));
        ComboBox<Member> member = FormControls.combo("enquiryMember", "Member");
        member.setItems(model.members());
        FormControls.nullAs(member, "None", Member::displayName);
        member.valueProperty().bindBidirectional(model.memberProperty());
        DateField received = FormControls.dateField("enquiryReceived", "Date received");
        received.valueProperty().bindBidirectional(model.receivedOnProperty());
        ComboBox<EnquiryChannel> channel = FormControls.combo("enquiryChannel", "How it was received");
        channel.getItems().setAll(EnquiryChannel.values());
        channel.valueProperty().bindBidirectional(model.channelProperty());
        TextField subject = new TextField();
        subject.setId("enquirySubject");
        subject.textProperty().bindBidirectional(model.subjectProperty());
        TextArea details = new TextArea();
        details.setId("enquiryDetails");
        details.setPrefRowCount(3);
        details.setWrapText(true);
        details.textProperty().bindBidirectional(model.detailsProperty());
        ComboBox<EnquiryKind> kind = FormControls.combo("enquiryKind", "Kind of enquiry");
        kind.getItems().setAll(EnquiryKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<ConsentBasis> consent = FormControls.combo("enquiryConsent", "Consent basis");
        consent.getItems().setAll(ConsentBasis.values());
        consent.valueProperty().bindBidirectional(model.consentBasisProperty());
        ComboBox<Ward> ward = FormControls.combo("enquiryWard", "Ward");
        ward.setItems(model.wards());
        FormControls.nullAs(ward, "None", Ward::name);
        ward.valueProperty().bindBidirectional(model.wardProperty());
        ComboBox<ServiceArea> area = FormControls.combo("enquiryArea", "Service area");
        area.setItems(model.areas());
        FormControls.nullAs(area, "None", ServiceArea::name);
        area.valueProperty().bindBidirectional(model.serviceAreaProperty());
        ComboBox<Officer> officer = FormControls.combo("enquiryOfficer", "Assigned officer");
        officer.setItems(model.officers());
        FormControls.nullAs(officer, "None", o -> o.displayName() + (o.post() == null ? "" : ", " + o.post()));
        officer.valueProperty().bindBidirectional(model.officerProperty());
        TextField targetDays = new TextField();
        targetDays.setId("enquiryTargetDays");
        targetDays.setPrefColumnCount(4);
        targetDays.textProperty().bindBidirectional(model.targetDaysProperty());
        TextField targetReason = new TextField();
        targetReason.setId("enquiryTargetReason");
        targetReason.setPromptText("Only when the target differs from the authority's");
        targetReason.textProperty().bindBidirectional(model.targetReasonProperty());
        Label organisation = new Label();
        organisation.setId("enquiryOrganisation");
        organisation.getStyleClass().add(Styles.TEXT_MUTED);
        organisation.setWrapText(true);
        organisation.textProperty().bind(model.organisationProperty());

        GridPane grid = grid();
        int row = 0;
        row = add(grid, row, "_Member", member, "memberId");
        row = add(grid, row, "_Received", received, new FieldError(received, FieldError.forDate(received,
                model.errors().of("receivedOn"))));
        row = add(grid, row, "_How", channel, "channel");
        row = add(grid, row, "_Subject", subject, "subject");
        row = add(grid, row, "_Details", details, "details");
        row = add(grid, row, "_Kind", kind, "kind");
        Label consentLabel = FormControls.label("_Consent basis", consent);
        FieldError consentField = new FieldError(consent, model.errors().of("consentBasis"));
        grid.addRow(row++, consentLabel, consentField);
        for (Node n : new Node[] {consentLabel, consentField}) {
            n.visibleProperty().bind(model.consentNeededBinding());
            n.managedProperty().bind(n.visibleProperty());
        }
        row = add(grid, row, "_Ward", ward, "wardId");
        row = add(grid, row, "Service _area", area, "serviceAreaId");
        row = add(grid, row, "_Officer", officer, "officerId");
        grid.add(organisation, 1, row++);
        row = add(grid, row, "_Target (working days)", targetDays, "targetDays");
        add(grid, row, "Reason for the tar_get", targetReason, "targetReason");

        Button save = new Button("_Save");
        save.setId("enquirySave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> save());
        Button cancel = new Button("Cancel");
        cancel.setId("enquiryCancel");
        cancel.setOnAction(e -> model.cancel());
        Button delete = new Button("Delete…");
        delete.setId("enquiryDelete");
        delete.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        delete.setOnAction(e -> {
            Enquiry shown = model.enquiryProperty().get();
            if (shown != null && confirmation().confirm("Delete " + shown.reference(), "Delete "
                    + shown.reference() + "? It is removed from the register and the figures; the history "
                    + "keeps a record that it was deleted.")) {
                model.delete();
            }
        });
        for (Button b : new Button[] {save, cancel, delete}) {
            b.disableProperty().bind(model.busyProperty().or(model.enquiryProperty().isNull()));
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, delete, gap, cancel, save);
        form.getChildren().addAll(grid, buttons);
        return form;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    private int add(GridPane grid, int row, String label, Node field, String errorField) {
        return add(grid, row, label, field, new FieldError(field, model.errors().of(errorField)));
    }

    private static int add(GridPane grid, int row, String label, Node field, Node shown) {
        grid.addRow(row, FormControls.label(label, field), shown);
        GridPane.setHgrow(shown, Priority.ALWAYS);
        return row + 1;
    }

    private void save() {
        if (FormControls.readTypedDates(form)) {
            model.save();
        }
    }

    // Timeline

    private Node buildTimeline() {
        VBox steps = new VBox(6);
        steps.setId("enquiryTimeline");
        model.timeline().addListener((ListChangeListener<EnquiryDetailViewModel.TimelineStep>) c ->
                steps.getChildren().setAll(model.timeline().stream().map(EnquiryDetailView::step).toList()));

        BooleanBinding awaiting = Bindings.createBooleanBinding(() -> model.enquiryProperty().get() != null
                && model.enquiryProperty().get().isAwaitingReply(), model.enquiryProperty());
        BooleanBinding closed = Bindings.createBooleanBinding(() -> model.enquiryProperty().get() != null
                && model.enquiryProperty().get().closedOn() != null, model.enquiryProperty());
        BooleanBinding replied = Bindings.createBooleanBinding(() -> model.enquiryProperty().get() != null
                && model.enquiryProperty().get().repliedOn().isPresent(), model.enquiryProperty());
        BooleanBinding refused = Bindings.createBooleanBinding(() -> model.enquiryProperty().get() != null
                && model.enquiryProperty().get().refusal() != null, model.enquiryProperty());
        BooleanBinding acknowledged = Bindings.createBooleanBinding(() -> model.enquiryProperty().get() != null
                && model.enquiryProperty().get().acknowledgedOn() != null, model.enquiryProperty());

        Button acknowledge = action("acknowledgeButton", "Acknowledge…", awaiting.and(acknowledged.not()), () ->
                dateDialog("Acknowledgement", "Date the acknowledgement was sent").ifPresent(model::acknowledge));
        Button holding = action("holdingReplyButton", "Holding reply…", awaiting, this::holdingReply);
        Button escalate = action("escalateButton", "Escalate…", awaiting, this::escalate);
        Button answer = action("answerButton", "Answer…", awaiting, () ->
                dateDialog("Answer", "Date the member was answered").ifPresent(model::answer));
        Button refuse = action("refuseButton", "Refuse…", awaiting.or(refused.and(closed.not())), this::refusal);
        refuse.textProperty().bind(Bindings.when(refused).then("Refusal: reasons and MO copy…").otherwise(
                "Refuse…"));
        Button close = action("closeButton", "Close…", replied.and(closed.not()), () ->
                dateDialog("Close the enquiry", "Date closed").ifPresent(model::close));
        Button reopen = action("reopenButton", "Reopen", closed, model::reopen);
        FlowPane actions = new FlowPane(8, 8, acknowledge, holding, escalate, answer, refuse, close, reopen);
        VBox box = new VBox(14, steps, actions);
        box.setPadding(new Insets(10));
        return box;
    }

    private static Node step(EnquiryDetailViewModel.TimelineStep step) {
        Label date = new Label(step.date());
        date.getStyleClass().add("timeline-date");
        Label title = new Label(step.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label detail = new Label(step.detail());
        detail.setWrapText(true);
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        VBox text = new VBox(2, title, detail);
        HBox line = new HBox(12, date, text);
        line.getStyleClass().add("timeline-step");
        if (!step.done()) {
            line.getStyleClass().add("pending");
        }
        return line;
    }

    private Button action(String id, String text, BooleanBinding enabled, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(enabled.not().or(model.busyProperty()));
        button.setOnAction(e -> action.run());
        return button;
    }

    private Optional<LocalDate> dateDialog(String title, String prompt) {
        DateField date = FormControls.dateField("dialogDate", prompt);
        date.setValue(model.today());
        GridPane grid = grid();
        grid.addRow(0, FormControls.label(prompt, date), date);
        return show(title, grid, () -> date.getValue());
    }

    private void holdingReply() {
        DateField sent = FormControls.dateField("dialogDate", "Date the holding reply was sent");
        sent.setValue(model.today());
        DateField expected = FormControls.dateField("dialogExpected", "New date the member can expect the answer");
        GridPane grid = grid();
        grid.addRow(0, FormControls.label("Sent on", sent), sent);
        grid.addRow(1, FormControls.label("Answer now expected by", expected), expected);
        Label note = new Label("The new date tells the member when to expect the answer; the performance figures "
                + "still judge the reply against the target.");
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        grid.add(note, 0, 2, 2, 1);
        show("Holding reply", grid, () -> new LocalDate[] {sent.getValue(), expected.getValue()})
                .ifPresent(d -> model.sendHoldingReply(d[0], d[1]));
    }

    private record EscalationAnswer(LocalDate on, Officer to, String note) {
    }

    private void escalate() {
        DateField on = FormControls.dateField("dialogDate", "Date escalated");
        on.setValue(model.today());
        ComboBox<Officer> to = FormControls.combo("dialogOfficer", "More senior officer");
        to.getItems().setAll(model.seniorOfficers());
        FormControls.nullAs(to, "Choose an officer", o -> o.displayName() + (o.post() == null ? "" : ", " + o.post()));
        TextField note = new TextField();
        note.setId("dialogNote");
        GridPane grid = grid();
        grid.addRow(0, FormControls.label("Escalated on", on), on);
        grid.addRow(1, FormControls.label("To", to), to);
        grid.addRow(2, FormControls.label("Note", note), note);
        show("Escalate to a more senior officer", grid, () -> new EscalationAnswer(on.getValue(), to.getValue(),
                note.getText())).ifPresent(a -> model.escalate(a.on(), a.to(), a.note()));
    }

    private void refusal() {
        Enquiry e = model.enquiryProperty().get();
        Refusal r = e == null || e.refusal() == null ? Refusal.made(model.today(), "") : e.refusal();
        DateField refusedOn = FormControls.dateField("dialogDate", "Date refused");
        refusedOn.setValue(r.refusedOn());
        TextArea reasons = new TextArea(r.reasons());
        reasons.setId("dialogReasons");
        reasons.setPrefRowCount(3);
        reasons.setWrapText(true);
        DateField requested = FormControls.dateField("dialogRequested", "Written reasons requested on");
        requested.setValue(r.reasonsRequestedOn());
        DateField sent = FormControls.dateField("dialogSent", "Written reasons sent on");
        sent.setValue(r.reasonsSentOn());
        DateField copied = FormControls.dateField("dialogCopied", "Copied to the Monitoring Officer on");
        copied.setValue(r.copiedToMonitoringOfficerOn());
        TextArea advice = new TextArea(r.monitoringOfficerAdvice() == null ? "" : r.monitoringOfficerAdvice());
        advice.setId("dialogAdvice");
        advice.setPrefRowCount(3);
        advice.setWrapText(true);
        DateField advisedOn = FormControls.dateField("dialogAdvisedOn", "Date of the Monitoring Officer's advice");
        advisedOn.setValue(r.advisedOn());
        GridPane grid = grid();
        grid.addRow(0, FormControls.label("Refused on", refusedOn), refusedOn);
        grid.addRow(1, FormControls.label("Reasons", reasons), reasons);
        grid.addRow(2, FormControls.label("Written reasons requested", requested), requested);
        grid.addRow(3, FormControls.label("Written reasons sent", sent), sent);
        grid.addRow(4, FormControls.label("Copied to the MO", copied), copied);
        grid.addRow(5, FormControls.label("MO's advice", advice), advice);
        grid.addRow(6, FormControls.label("Advised on", advisedOn), advisedOn);
        show("Refusal (001 para 12)", grid, () -> new Refusal(refusedOn.getValue(), reasons.getText(),
                requested.getValue(), sent.getValue(), copied.getValue(), advice.getText(), advisedOn.getValue()))
                .ifPresent(model::recordRefusal);
    }

    /** Shows a small dialog over the window; the answer is read only if the user chose OK. */
    private <T> Optional<T> show(String title, Node content, java.util.function.Supplier<T> answer) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType ok = new ButtonType("Record", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(520);
        dialog.getDialogPane().lookupButton(ok).setId("dialogOk");
        EnquiryViews.style(dialog.getDialogPane());
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!FormControls.readTypedDates(content)) {
                e.consume();
            }
        });
        return dialog.showAndWait().filter(ok::equals).map(b -> answer.get());
    }

    private Confirmation confirmation() {
        return (title, question) -> {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
            alert.setTitle(title);
            alert.setHeaderText(title);
            if (root.getScene() != null && root.getScene().getWindow() != null) {
                alert.initOwner(root.getScene().getWindow());
            }
            return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
        };
    }

    void showForm() {
        tabs.getSelectionModel().select(0);
    }

    void save(boolean fromShortcut) {
        if (tabs.getSelectionModel().getSelectedIndex() == 0) {
            save();
        }
    }

    Node root() {
        return root;
    }
}
