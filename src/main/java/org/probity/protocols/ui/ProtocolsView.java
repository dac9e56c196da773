package org.probity.protocols.ui;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
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
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.probity.common.UkDates;
import org.probity.protocols.ApprovalDecision;
import org.probity.protocols.ApprovalStep;
import org.probity.protocols.Consultation;
import org.probity.protocols.Paragraph;
import org.probity.protocols.ParagraphChange;
import org.probity.protocols.Protocol;
import org.probity.protocols.ProtocolVersion;
import org.probity.protocols.ReviewReason;
import org.probity.ui.DateField;

/** The Protocols screen: library and versions on the left, text, comparison, review and import on the right. */
final class ProtocolsView {

    private final ProtocolsViewModel model;
    private final ReviewViewModel review;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();

    ProtocolsView(ProtocolsViewModel model) {
        this.model = model;
        this.review = model.review();
        review.setConfirmation(this::confirm);
        root.setId("protocolsView");
        SplitPane split = new SplitPane(library(), tabs);
        split.setDividerPositions(0.26);
        tabs.setId("protocolTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("textTab", "Text", text()), tab("compareTab", "Compare", compare()),
                tab("reviewTab", "Review", review()), tab("importTab", "Import", importer()));
        root.setCenter(split);
        Label status = message("protocolStatus", model.statusProperty(), false);
        Label problem = message("protocolProblem", model.problemProperty(), true);
        VBox bottom = new VBox(2, status, problem);
        bottom.setPadding(new Insets(4, 12, 6, 12));
        root.setBottom(bottom);
    }

    Node root() {
        return root;
    }

    void showTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    // Library

    private Node library() {
        ListView<Protocol> protocols = new ListView<>(model.protocols());
        protocols.setId("protocolList");
        protocols.setPrefHeight(160);
        protocols.setCellFactory(l -> cell(Protocol::title));
        protocols.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                model.selectedProtocolProperty().set(p);
            }
        });
        model.selectedProtocolProperty().addListener((o, a, p) -> protocols.getSelectionModel().select(p));

        ListView<ProtocolVersion> versions = new ListView<>(model.versions());
        versions.setId("versionList");
        versions.setCellFactory(l -> cell(ProtocolsViewModel::describe));
        versions.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> {
            if (v != null) {
                model.selectedVersionProperty().set(v);
            }
        });
        model.selectedVersionProperty().addListener((o, a, v) -> versions.getSelectionModel().select(v));
        VBox.setVgrow(versions, Priority.ALWAYS);

        Button markdown = new Button("Export Markdown…");
        markdown.setId("exportMarkdown");
        markdown.setOnAction(e -> chooseExport("Markdown", "*.md", ".md").ifPresent(model::exportMarkdown));
        Button docx = new Button("Export Word…");
        docx.setId("exportDocx");
        docx.setOnAction(e -> chooseExport("Word document", "*.docx", ".docx").ifPresent(model::exportDocx));
        markdown.disableProperty().bind(model.selectedVersionProperty().isNull());
        docx.disableProperty().bind(model.selectedVersionProperty().isNull());
        FlowPane exports = new FlowPane(8, 8, markdown, docx);

        VBox box = new VBox(8, title("Protocols"), protocols, title("Versions"), versions, exports);
        box.setPadding(new Insets(12));
        box.setMinWidth(260);
        return box;
    }

    private java.util.Optional<Path> chooseExport(String kind, String pattern, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + kind);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        chooser.setInitialFileName(model.exportName() + extension);
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    // Text and paragraph editor

    private Node text() {
        Label summary = new Label();
        summary.setId("versionSummary");
        summary.textProperty().bind(model.versionSummaryProperty());
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        ListView<Paragraph> list = paragraphList("paragraphList", model.paragraphs());
        VBox.setVgrow(list, Priority.ALWAYS);

        TextField number = new TextField();
        number.setId("paragraphNumber");
        number.setPrefColumnCount(6);
        CheckBox heading = new CheckBox("Heading");
        heading.setId("paragraphHeading");
        TextArea body = new TextArea();
        body.setId("paragraphText");
        body.setWrapText(true);
        body.setPrefRowCount(4);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            number.setText(p == null ? "" : p.number());
            heading.setSelected(p != null && p.heading());
            body.setText(p == null ? "" : p.text());
        });
        Button save = new Button("Save paragraph");
        save.setId("saveParagraph");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.editableProperty().not()
                .or(list.getSelectionModel().selectedItemProperty().isNull()));
        save.setOnAction(e -> model.saveParagraph(list.getSelectionModel().getSelectedIndex(), number.getText(),
                heading.isSelected(), body.getText()));
        Label hint = new Label("Adopted and superseded versions are kept as adopted; a review's draft can be edited.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        HBox row = new HBox(8, new Label("Number"), number, heading, spacer(), save);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox editor = new VBox(6, row, body, hint);
        editor.disableProperty().bind(model.editableProperty().not());
        return padded(new VBox(8, summary, list, editor));
    }

    private ListView<Paragraph> paragraphList(String id, javafx.collections.ObservableList<Paragraph> items) {
        ListView<Paragraph> list = new ListView<>(items);
        list.setId(id);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Paragraph p, boolean empty) {
                super.updateItem(p, empty);
                setText(null);
                if (empty || p == null) {
                    setGraphic(null);
                    return;
                }
                // a Text with a wrapping width gives the cell the height of all its lines
                Text text = new Text(p.display());
                text.getStyleClass().add("protocol-paragraph");
                text.setStyle("-fx-fill: -color-fg-default;");
                Font base = Font.getDefault();
                text.setFont(Font.font(base.getFamily(), p.heading() ? FontWeight.BOLD : FontWeight.NORMAL,
                        base.getSize()));
                double indent = 18 * (p.depth() - 1);
                text.wrappingWidthProperty().bind(l.widthProperty().subtract(48 + indent));
                setPadding(new Insets(4, 8, 4, 8 + indent));
                setGraphic(text);
            }
        });
        return list;
    }

    // Compare

    private Node compare() {
        ComboBox<ProtocolVersion> from = versionChoice("compareFrom");
        from.valueProperty().bindBidirectional(model.compareFromProperty());
        ComboBox<ProtocolVersion> to = versionChoice("compareTo");
        to.valueProperty().bindBidirectional(model.compareToProperty());
        Button run = new Button("Compare");
        run.setId("compareButton");
        run.getStyleClass().add(Styles.ACCENT);
        run.setOnAction(e -> model.compare());
        HBox controls = new HBox(8, new Label("From"), from, new Label("to"), to, run);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label legend = new Label("Deleted words are struck through; new words are in bold. Unchanged paragraphs "
                + "are left out.");
        legend.getStyleClass().add(Styles.TEXT_MUTED);

        VBox changes = new VBox(10);
        changes.setId("comparison");
        changes.setPadding(new Insets(8));
        model.changes().addListener((javafx.collections.ListChangeListener<ParagraphChange>) c -> {
            changes.getChildren().clear();
            for (ParagraphChange change : model.changes()) {
                if (change.kind() == ParagraphChange.Kind.UNCHANGED) {
                    continue;
                }
                String number = change.kind() == ParagraphChange.Kind.MOVED
                        ? change.oldNumber() + " → " + change.newNumber() : change.number();
                Label head = new Label((number.isEmpty() ? "" : number + " · ") + change.kind().label());
                head.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                VBox box = new VBox(2, head, ComparisonFlow.of(change.runs()));
                box.getStyleClass().add("protocol-change-" + change.kind().name().toLowerCase(java.util.Locale.ROOT));
                changes.getChildren().add(box);
            }
            if (changes.getChildren().isEmpty()) {
                changes.getChildren().add(new Label("The two versions say the same."));
            }
        });
        ScrollPane scroll = new ScrollPane(changes);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return padded(new VBox(8, controls, legend, scroll));
    }

    private ComboBox<ProtocolVersion> versionChoice(String id) {
        ComboBox<ProtocolVersion> box = new ComboBox<>(model.versions());
        box.setId(id);
        box.setConverter(converter(ProtocolsViewModel::describe));
        box.setPrefWidth(280);
        return box;
    }

    // Review

    private Node review() {
        Label heading = new Label();
        heading.setId("reviewHeading");
        heading.textProperty().bind(review.headingProperty());
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.getStyleClass().add(Styles.TITLE_4);

        ComboBox<ReviewReason> reason = new ComboBox<>();
        reason.getItems().setAll(ReviewReason.values());
        reason.setId("reviewReason");
        reason.valueProperty().bindBidirectional(review.reasonProperty());
        DateField from = new DateField();
        from.setId("reviewFrom");
        from.valueProperty().bindBidirectional(review.periodFromProperty());
        DateField to = new DateField();
        to.setId("reviewTo");
        to.valueProperty().bindBidirectional(review.periodToProperty());
        Button open = new Button("Open review");
        open.setId("openReview");
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(e -> review.open());
        HBox openForm = new HBox(8, new Label("Reason"), reason, new Label("Looking back from"), from,
                new Label("to"), to, open);
        openForm.setAlignment(Pos.CENTER_LEFT);
        openForm.visibleProperty().bind(review.canOpenProperty());
        openForm.managedProperty().bind(openForm.visibleProperty());

        TabPane parts = new TabPane(tab("evidenceTab", "Evidence", evidence()),
                tab("findingsTab", "Findings", findings()), tab("amendmentsTab", "Amendments", amendments()),
                tab("consultationTab", "Consultation", consultation()),
                tab("approvalTab", "Approval route", approval()));
        parts.setId("reviewTabs");
        parts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        parts.visibleProperty().bind(review.reviewProperty().isNotNull());
        VBox.setVgrow(parts, Priority.ALWAYS);
        Label status = message("reviewStatus", review.statusProperty(), false);
        Label problem = message("reviewProblem", review.problemProperty(), true);
        return padded(new VBox(8, heading, openForm, status, problem, parts));
    }

    private Node evidence() {
        TableView<ReviewViewModel.EvidenceRow> table = new TableView<>(review.evidence());
        table.setId("evidenceTable");
        table.getColumns().add(column("Register", 165, ReviewViewModel.EvidenceRow::register));
        table.getColumns().add(column("What was counted", 290, ReviewViewModel.EvidenceRow::label));
        table.getColumns().add(column("Figure", 105, ReviewViewModel.EvidenceRow::figure));
        table.getColumns().add(column("Paragraphs", 115, ReviewViewModel.EvidenceRow::paragraphs));
        table.getColumns().add(column("Look at", 85, r -> r.concern() ? "Yes" : ""));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label note = new Label("Figures for the period the review looks back on, from each register, with the "
                + "paragraphs of the version reviewed that they bear on.");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        return padded(new VBox(8, note, table));
    }

    private Node findings() {
        TextArea text = new TextArea();
        text.setId("findings");
        text.setWrapText(true);
        text.textProperty().bindBidirectional(review.findingsProperty());
        text.editableProperty().bind(review.inProgressProperty());
        Button save = new Button("Save findings");
        save.setId("saveFindings");
        save.disableProperty().bind(review.inProgressProperty().not());
        save.setOnAction(e -> review.saveFindings());
        VBox.setVgrow(text, Priority.ALWAYS);
        return padded(new VBox(8, text, save));
    }

    private Node amendments() {
        ListView<ReviewViewModel.AmendmentRow> list = new ListView<>(review.amendments());
        list.setId("amendmentList");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewViewModel.AmendmentRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Label head = new Label("Paragraph " + row.amendment().number() + " · " + row.madeBy()
                        + (row.amendment().rationale() == null ? "" : " · " + row.amendment().rationale()));
                head.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                head.setWrapText(true);
                var flow = ComparisonFlow.of(row.runs());
                flow.maxWidthProperty().bind(l.widthProperty().subtract(40));
                VBox box = new VBox(2, head, flow);
                setGraphic(box);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        TextField number = field("amendNumber", "Paragraph, e.g. 8.2.2");
        TextField by = field("amendBy", "Proposed by");
        by.setText("Monitoring Officer");
        TextArea text = area("amendText", "The paragraph's new text");
        TextField rationale = field("amendRationale", "Why the change is proposed");
        Button propose = new Button("Propose amendment");
        propose.setId("proposeAmendment");
        propose.getStyleClass().add(Styles.ACCENT);
        propose.setOnAction(e -> review.propose(number.getText(), text.getText(), rationale.getText(), by.getText()));
        GridPane form = grid();
        form.addRow(0, new Label("Paragraph"), number, new Label("Proposed by"), by);
        form.add(new Label("New text"), 0, 1);
        form.add(text, 1, 1, 3, 1);
        form.add(new Label("Rationale"), 0, 2);
        form.add(rationale, 1, 2, 3, 1);
        form.add(propose, 1, 3);
        form.disableProperty().bind(review.inProgressProperty().not());
        return padded(new VBox(8, list, form));
    }

    private Node consultation() {
        TableView<Consultation> table = new TableView<>(review.consultations());
        table.setId("consultationTable");
        table.getColumns().add(column("Contributor or approver", 190, c -> c.name() + (c.approver() ? " (approver)" : "")));
        table.getColumns().add(column("Title", 170, c -> nz(c.title())));
        table.getColumns().add(column("Directorate or organisation", 170, c -> nz(c.organisation())));
        table.getColumns().add(column("Sent", 95, c -> UkDates.display(c.sentOn())));
        table.getColumns().add(column("Respond by", 95, c -> UkDates.display(c.respondBy())));
        table.getColumns().add(column("Response received or approved", 120,
                c -> c.respondedOn() == null ? "awaited" : UkDates.display(c.respondedOn())));
        table.getColumns().add(column("Response", 220, c -> nz(c.responseSummary())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField name = field("consulteeName", "Name");
        TextField title = field("consulteeTitle", "Title");
        TextField organisation = field("consulteeOrganisation", "Directorate or organisation");
        CheckBox approver = new CheckBox("Approver for submission");
        approver.setId("consulteeApprover");
        DateField sent = new DateField();
        sent.setId("consultSent");
        Button add = new Button("Send for comment");
        add.setId("addConsultation");
        add.setOnAction(e -> review.consult(name.getText(), title.getText(), organisation.getText(),
                approver.isSelected(), sent.getValue(), null));
        DateField respondedOn = new DateField();
        respondedOn.setId("responseOn");
        TextField summary = field("responseSummary", "What they said");
        Button record = new Button("Record response");
        record.setId("recordResponse");
        record.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        record.setOnAction(e -> review.recordResponse(table.getSelectionModel().getSelectedItem(),
                respondedOn.getValue(), summary.getText()));
        GridPane form = grid();
        form.addRow(0, new Label("Name"), name, new Label("Title"), title);
        form.addRow(1, new Label("Directorate or organisation"), organisation, new Label("Sent"), sent);
        form.addRow(2, approver, add);
        form.addRow(3, new Label("Response received"), respondedOn, new Label("Summary"), summary);
        form.add(record, 3, 4);
        form.disableProperty().bind(review.inProgressProperty().not());
        return padded(new VBox(8, table, form));
    }

    private Node approval() {
        TableView<ApprovalStep> table = new TableView<>(review.steps());
        table.setId("stepsTable");
        table.getColumns().add(column("#", 40, s -> String.valueOf(s.order())));
        table.getColumns().add(column("Body", 240, ApprovalStep::body));
        table.getColumns().add(column("Meeting", 110, s -> UkDates.display(s.meetingOn())));
        table.getColumns().add(column("Decision", 220, s -> s.decision() == null ? "to meet" : s.decision().label()));
        table.getColumns().add(column("Minute", 120, s -> nz(s.minuteReference())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(180);

        TextField body = field("stepBody", "Committee, panel, Cabinet Member or Council");
        DateField date = new DateField();
        date.setId("stepDate");
        ComboBox<ApprovalDecision> decision = new ComboBox<>();
        decision.setId("stepDecision");
        decision.getItems().setAll(ApprovalDecision.values());
        decision.setPromptText("Not yet decided");
        TextField minute = field("stepMinute", "Minute reference");
        Button add = new Button("Add to route");
        add.setId("addStep");
        add.setOnAction(e -> review.addStep(body.getText(), date.getValue(), decision.getValue(), minute.getText()));
        Button decide = new Button("Record decision for selected");
        decide.setId("recordDecision");
        decide.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        decide.setOnAction(e -> review.recordDecision(table.getSelectionModel().getSelectedItem(),
                decision.getValue(), minute.getText()));
        GridPane form = grid();
        form.addRow(0, new Label("Body"), body, new Label("Meeting"), date);
        form.addRow(1, new Label("Decision"), decision, new Label("Minute"), minute);
        form.add(new HBox(8, add, decide), 1, 2, 3, 1);

        TextField number = field("stepAmendNumber", "Paragraph");
        TextArea text = area("stepAmendText", "The text as the body amended it");
        TextField rationale = field("stepAmendRationale", "Reason given");
        Button amend = new Button("Record amendment by selected body");
        amend.setId("amendAtStep");
        amend.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        amend.setOnAction(e -> review.amendAtStep(table.getSelectionModel().getSelectedItem(), number.getText(),
                text.getText(), rationale.getText()));
        GridPane amendForm = grid();
        amendForm.addRow(0, new Label("Paragraph"), number, new Label("Reason"), rationale);
        amendForm.add(new Label("New text"), 0, 1);
        amendForm.add(text, 1, 1, 3, 1);
        amendForm.add(amend, 1, 2, 3, 1);

        Label blocked = new Label();
        blocked.setId("adoptionBlocked");
        blocked.setWrapText(true);
        blocked.textProperty().bind(review.adoptionBlockedProperty());
        Button adopt = new Button("Adopt the draft");
        adopt.setId("adoptButton");
        adopt.getStyleClass().add(Styles.SUCCESS);
        adopt.disableProperty().bind(review.canAdoptProperty().not());
        adopt.setOnAction(e -> review.adopt());
        Button close = new Button("Close without a new version");
        close.setId("closeReview");
        close.setOnAction(e -> review.close());
        HBox adoption = new HBox(12, adopt, close, blocked);
        adoption.setAlignment(Pos.CENTER_LEFT);
        VBox forms = new VBox(10, form, title("Amendment made at a meeting"), amendForm, adoption);
        forms.disableProperty().bind(review.inProgressProperty().not());
        ScrollPane scroll = new ScrollPane(forms);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return padded(new VBox(8, table, scroll));
    }

    // Import with preview

    private Node importer() {
        ImportPreviewModel m = model.importPreview();
        TextField file = field("importFile", "File with the protocol's text (.txt, .md or .docx)");
        file.textProperty().bindBidirectional(m.fileProperty());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setId("browseImport");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import a protocol");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Text, Markdown or Word",
                    "*.txt", "*.md", "*.docx"));
            File chosen = chooser.showOpenDialog(root.getScene().getWindow());
            if (chosen != null) {
                m.fileProperty().set(chosen.getPath());
                m.read();
            }
        });
        Button read = new Button("Read");
        read.setId("readImport");
        read.setOnAction(e -> m.read());
        HBox fileRow = new HBox(8, file, browse, read);

        TextField title = field("importTitle", "Protocol title");
        title.textProperty().bindBidirectional(m.titleProperty());
        DateField adopted = new DateField();
        adopted.setId("importAdopted");
        adopted.setPromptText("Leave empty for a draft");
        adopted.valueProperty().bindBidirectional(m.adoptedOnProperty());
        TextField adoptedBy = field("importAdoptedBy", "e.g. Council");
        adoptedBy.textProperty().bindBidirectional(m.adoptedByProperty());
        GridPane meta = grid();
        meta.addRow(0, new Label("Title"), title, new Label("Adopted on"), adopted);
        meta.addRow(1, new Label("Adopted by"), adoptedBy);

        Label summary = message("importSummary", m.summaryProperty(), false);
        ListView<Paragraph> preview = paragraphList("importPreview", m.paragraphs());
        VBox.setVgrow(preview, Priority.ALWAYS);
        TextArea selected = area("importParagraphText", "");
        selected.setEditable(false);
        selected.setPrefRowCount(3);
        TextField number = field("importNumber", "Number");
        number.setPrefColumnCount(6);
        preview.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            selected.setText(p == null ? "" : p.text());
            number.setText(p == null ? "" : p.number());
        });
        Button merge = new Button("Merge with previous");
        merge.setId("mergeParagraph");
        merge.setOnAction(e -> m.mergeWithPrevious(preview.getSelectionModel().getSelectedIndex()));
        Button split = new Button("Split at cursor");
        split.setId("splitParagraph");
        split.setOnAction(e -> m.split(preview.getSelectionModel().getSelectedIndex(), selected.getCaretPosition()));
        Button renumber = new Button("Set number");
        renumber.setId("setNumber");
        renumber.setOnAction(e -> m.renumber(preview.getSelectionModel().getSelectedIndex(), number.getText()));
        Button heading = new Button("Heading / paragraph");
        heading.setId("toggleHeading");
        heading.setOnAction(e -> m.toggleHeading(preview.getSelectionModel().getSelectedIndex()));
        HBox corrections = new HBox(8, merge, split, number, renumber, heading);
        corrections.setAlignment(Pos.CENTER_LEFT);
        corrections.disableProperty().bind(preview.getSelectionModel().selectedItemProperty().isNull());
        Button save = new Button("Save as a version");
        save.setId("saveImport");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(m.paragraphs()));
        save.setOnAction(e -> model.saveImport());
        Label problem = message("importProblem", m.problemProperty(), true);
        return padded(new VBox(8, fileRow, meta, summary, preview, selected, corrections, new HBox(save), problem));
    }

    private boolean confirm(String title, String question) {
        javafx.scene.control.ButtonType yes = new javafx.scene.control.ButtonType("Close the review",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType no = new javafx.scene.control.ButtonType("Keep it open",
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    // Small builders

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static Label message(String id, ReadOnlyStringProperty text, boolean problem) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.getStyleClass().add(problem ? Styles.DANGER : Styles.SUCCESS);
        label.managedProperty().bind(text.isNotEmpty());
        label.visibleProperty().bind(text.isNotEmpty());
        return label;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static TextArea area(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        return area;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        return grid;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static Node padded(Node content) {
        VBox box = new VBox(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
        cell.setPrefWidth(0);
        cell.setWrapText(true);
        return cell;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
