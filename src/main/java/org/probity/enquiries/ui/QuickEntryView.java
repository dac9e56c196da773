package org.probity.enquiries.ui;

import org.probity.ui.FormControls;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.probity.enquiries.ConsentBasis;
import org.probity.enquiries.EnquiryChannel;
import org.probity.enquiries.EnquiryKind;
import org.probity.people.ServiceArea;
import org.probity.people.Ward;
import org.probity.ui.DateField;
import org.probity.ui.FieldError;

/**
 * The quick entry form, built for the keyboard: the fields in the order a clerk reads an
 * e-mail, the member and officer found from a few letters, and Enter to save from anywhere.
 */
final class QuickEntryView {

    private final QuickEntryViewModel model;
    private final VBox root = new VBox(8);
    private final TextField member = new TextField();
    private final DateField received = FormControls.dateField("quickReceived", "Date received");

    QuickEntryView(QuickEntryViewModel model) {
        this.model = model;
        root.setId("quickEntry");
        root.getStyleClass().add("quick-entry");
        root.setPadding(new Insets(14));

        Label heading = new Label("Log an enquiry");
        heading.getStyleClass().add(Styles.TITLE_3);
        Label help = new Label("Type a few letters of the member's and the officer's names. Enter saves; "
                + "Ctrl+N starts again.");
        help.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        help.setWrapText(true);

        member.setId("quickMember");
        member.setPromptText("e.g. smith");
        member.setAccessibleText("Member");
        member.textProperty().bindBidirectional(model.memberTextProperty());
        Label memberHint = hint("quickMemberHint", model.memberHintProperty());

        received.valueProperty().bindBidirectional(model.receivedOnProperty());

        ComboBox<EnquiryChannel> channel = FormControls.combo("quickChannel", "How it was received");
        channel.getItems().setAll(EnquiryChannel.values());
        channel.valueProperty().bindBidirectional(model.channelProperty());

        ComboBox<EnquiryKind> kind = FormControls.combo("quickKind", "Kind of enquiry");
        kind.getItems().setAll(EnquiryKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());

        ComboBox<ConsentBasis> consent = FormControls.combo("quickConsent", "Consent basis");
        consent.getItems().setAll(ConsentBasis.values());
        consent.valueProperty().bindBidirectional(model.consentBasisProperty());
        consent.setPromptText("Choose the consent basis");

        TextField subject = new TextField();
        subject.setId("quickSubject");
        subject.setAccessibleText("Subject");
        subject.textProperty().bindBidirectional(model.subjectProperty());

        TextField officer = new TextField();
        officer.setId("quickOfficer");
        officer.setPromptText("e.g. wong");
        officer.setAccessibleText("Assigned officer");
        officer.textProperty().bindBidirectional(model.officerTextProperty());
        Label officerHint = hint("quickOfficerHint", model.officerHintProperty());

        ComboBox<ServiceArea> area = FormControls.combo("quickArea", "Service area");
        area.setItems(model.areas());
        FormControls.nullAs(area, "None", ServiceArea::name);
        area.valueProperty().bindBidirectional(model.serviceAreaProperty());

        ComboBox<Ward> ward = FormControls.combo("quickWard", "Ward");
        ward.setItems(model.wards());
        FormControls.nullAs(ward, "None", Ward::name);
        ward.valueProperty().bindBidirectional(model.wardProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        // Added in the order Tab should follow.
        row = add(grid, row, "_Member", member, new VBox(2, new FieldError(member, model.errors().of("memberId")),
                memberHint));
        row = add(grid, row, "_Received", received, new FieldError(received, FieldError.forDate(received,
                model.errors().of("receivedOn"))));
        row = add(grid, row, "_How", channel, new FieldError(channel, model.errors().of("channel")));
        row = add(grid, row, "_Kind", kind, new FieldError(kind, model.errors().of("kind")));
        Label consentLabel = FormControls.label("_Consent basis", consent);
        FieldError consentField = new FieldError(consent, model.errors().of("consentBasis"));
        grid.addRow(row++, consentLabel, consentField);
        consentLabel.visibleProperty().bind(model.consentNeededBinding());
        consentLabel.managedProperty().bind(consentLabel.visibleProperty());
        consentField.visibleProperty().bind(model.consentNeededBinding());
        consentField.managedProperty().bind(consentField.visibleProperty());
        row = add(grid, row, "_Subject", subject, new FieldError(subject, model.errors().of("subject")));
        row = add(grid, row, "_Officer", officer, new VBox(2, new FieldError(officer,
                model.errors().of("officerId")), officerHint));
        row = add(grid, row, "Service _area", area, new FieldError(area, model.errors().of("serviceAreaId")));
        add(grid, row, "_Ward", ward, new FieldError(ward, model.errors().of("wardId")));

        Button save = new Button("Save enquiry");
        save.setId("quickSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> save());

        Label saved = new Label();
        saved.setId("quickSaved");
        saved.getStyleClass().add("quick-saved");
        saved.textProperty().bind(model.savedProperty());
        saved.visibleProperty().bind(saved.textProperty().isNotEmpty());

        Label problem = new Label();
        problem.setId("quickProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get() == null ? ""
                : model.problemProperty().get(), model.problemProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        root.getChildren().addAll(heading, help, grid, save, saved, problem);
        EnquiryViews.style(root);

        // Enter saves from any field; an open drop-down list keeps Enter for choosing.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof ComboBox<?> box && box.isShowing())
                    && !(e.getTarget() instanceof DateField date && date.isShowing())) {
                e.consume();
                save();
            }
        });
        model.savedProperty().addListener((obs, was, now) -> member.requestFocus());
    }

    private static Label hint(String id, javafx.beans.value.ObservableValue<String> text) {
        Label hint = new Label();
        hint.setId(id);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.textProperty().bind(text);
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        return hint;
    }

    private static int add(GridPane grid, int row, String label, Node field, Node shown) {
        grid.addRow(row, FormControls.label(label, field), shown);
        GridPane.setHgrow(shown, Priority.ALWAYS);
        return row + 1;
    }

    private void save() {
        if (FormControls.readTypedDates(root)) {
            model.save();
        }
    }

    void focus() {
        member.requestFocus();
    }

    Node root() {
        return root;
    }
}
