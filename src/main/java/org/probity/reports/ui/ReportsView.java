package org.probity.reports.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.probity.reports.Classification;
import org.probity.reports.ExemptionParagraph;
import org.probity.reports.ReportFormat;
import org.probity.ui.DateField;

/** The Reports screen: the form on the left, the page preview on the right. */
public final class ReportsView {

    private final ReportsViewModel model;
    private final ReportFiles files;
    private final SplitPane root = new SplitPane();
    private final VBox pagesBox = new VBox(12);

    public ReportsView(ReportsViewModel model, ReportFiles files) {
        this.model = model;
        this.files = files;
        root.setId("reportsView");
        root.getItems().addAll(form(), preview());
        root.setDividerPositions(0.45);
    }

    public Node node() {
        return root;
    }

    private Node form() {
        ComboBox<ReportChoice> report = new ComboBox<>(model.choices());
        report.setId("reportChoice");
        report.valueProperty().bindBidirectional(model.choiceProperty());
        report.setMaxWidth(Double.MAX_VALUE);

        Spinner<Integer> year = new Spinner<>(1990, 2100, model.yearProperty().get());
        year.setId("yearField");
        year.setEditable(true);
        year.getValueFactory().valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.yearProperty().set(now);
            }
        });
        DateField from = dateField("fromField", model.fromProperty());
        DateField to = dateField("toField", model.toProperty());
        Button loadDraft = new Button("Open the draft for this year");
        loadDraft.setId("loadDraftButton");
        loadDraft.setOnAction(e -> model.loadDraft());

        GridPane which = grid();
        which.addRow(0, label("Report", report), report);
        which.addRow(1, label("Year", year), new HBox(8, year, loadDraft));
        which.addRow(2, label("From", from), from);
        which.addRow(3, label("To", to), to);
        var annual = Bindings.createBooleanBinding(() -> model.choiceProperty().get() != null
                && model.choiceProperty().get().isAnnual(), model.choiceProperty());
        for (Node n : List.of(year, loadDraft)) {
            n.disableProperty().bind(annual.not());
        }
        var dated = Bindings.createBooleanBinding(() -> model.choiceProperty().get() != null
                && model.choiceProperty().get().extractKind() != null, model.choiceProperty());
        from.disableProperty().bind(dated.not());
        to.disableProperty().bind(dated.not());

        GridPane cover = grid();
        cover.addRow(0, label("Committee", null), text("committeeField", model.committeeProperty()));
        DateField meeting = dateField("meetingDateField", model.meetingDateProperty());
        cover.addRow(1, label("Date of meeting", meeting), meeting);
        cover.addRow(2, label("Report of", null), text("reportOfField", model.reportOfProperty()));
        cover.addRow(3, label("Author", null), text("authorNameField", model.authorNameProperty()));
        cover.addRow(4, label("Author's post", null), text("authorRoleField", model.authorRoleProperty()));
        cover.addRow(5, label("Contact details", null), text("authorContactField", model.authorContactProperty()));
        cover.addRow(6, label("Wards affected", null), text("wardsField", model.wardsProperty()));
        CheckBox key = new CheckBox("Key decision");
        key.setId("keyDecisionBox");
        key.selectedProperty().bindBidirectional(model.keyDecisionProperty());
        cover.add(key, 1, 7);
        ComboBox<Classification> classification = new ComboBox<>();
        classification.getItems().setAll(Classification.values());
        classification.setId("classificationChoice");
        classification.valueProperty().bindBidirectional(model.classificationProperty());
        cover.addRow(8, label("Classification", classification), classification);
        ComboBox<ExemptionParagraph> exemption = new ComboBox<>();
        exemption.getItems().setAll(ExemptionParagraph.values());
        exemption.setId("exemptionChoice");
        exemption.setMaxWidth(Double.MAX_VALUE);
        exemption.valueProperty().bindBidirectional(model.exemptionProperty());
        exemption.disableProperty().bind(model.classificationProperty().isNotEqualTo(Classification.EXEMPT));
        cover.addRow(9, label("Schedule 12A", exemption), exemption);
        Spinner<Integer> suppress = new Spinner<>(0, 100, model.suppressBelowProperty().get());
        suppress.setId("suppressField");
        suppress.setEditable(true);
        suppress.getValueFactory().valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.suppressBelowProperty().set(now);
            }
        });
        model.suppressBelowProperty().addListener((o, was, now) -> suppress.getValueFactory().setValue(now.intValue()));
        suppress.disableProperty().bind(model.classificationProperty().isNotEqualTo(Classification.OPEN));
        cover.addRow(10, label("Counts below", suppress), new HBox(8, suppress,
                new Label("shown as \u201cfewer than\u201d (0 shows every count)")));
        CheckBox accessible = new CheckBox("Accessible version: no tables or charts, every figure in a sentence");
        accessible.setId("accessibleBox");
        accessible.setWrapText(true);
        accessible.selectedProperty().bindBidirectional(model.accessibleProperty());
        cover.add(accessible, 1, 11);

        VBox narrative = new VBox(6,
                area("Purpose of the report", "purposeArea", model.purposeProperty(), 3),
                area("Recommendations", "recommendationsArea", model.recommendationsProperty(), 3),
                area("Background", "backgroundArea", model.backgroundProperty(), 5),
                area("Comments of the Chief Finance Officer", "financeArea", model.financeCommentsProperty(), 2),
                area("Comments of the Monitoring Officer (legal)", "legalArea", model.legalCommentsProperty(), 2),
                area("Background papers (one a paragraph)", "papersArea", model.backgroundPapersProperty(), 2));
        narrative.setPadding(new Insets(8));
        TitledPane narrativePane = new TitledPane("Narrative (paragraphs separated by a blank line)",
                narrative);
        narrativePane.disableProperty().bind(Bindings.createBooleanBinding(() -> model.choiceProperty().get() == null
                || !model.choiceProperty().get().hasDraft(), model.choiceProperty()));

        VBox content = new VBox(10, new TitledPane("Report", which), new TitledPane("Cover", cover), narrativePane);
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node preview() {
        Button saveDraft = new Button("Save draft");
        saveDraft.setId("saveDraftButton");
        saveDraft.setOnAction(e -> model.saveDraft());
        saveDraft.disableProperty().bind(Bindings.createBooleanBinding(() -> model.choiceProperty().get() == null
                || !model.choiceProperty().get().hasDraft(), model.choiceProperty()).or(model.busyProperty()));
        Button preview = new Button("Preview");
        preview.setId("previewButton");
        preview.setDefaultButton(true);
        preview.setOnAction(e -> model.preview());
        Button pdf = new Button("Save as PDF\u2026");
        pdf.setId("savePdfButton");
        pdf.setOnAction(e -> save(ReportFormat.PDF));
        Button docx = new Button("Save as Word\u2026");
        docx.setId("saveDocxButton");
        docx.setOnAction(e -> save(ReportFormat.DOCX));
        Button print = new Button("Print\u2026");
        print.setId("printButton");
        print.setOnAction(e -> model.printPages(this::print));
        for (Button b : List.of(preview, pdf, docx, print)) {
            b.disableProperty().bind(model.busyProperty());
        }
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.busyProperty());
        HBox actions = new HBox(8, saveDraft, preview, pdf, docx, print, working);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(model.statusProperty());
        Label problem = new Label();
        problem.setId("problemLabel");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: -color-danger-fg;");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        pagesBox.setId("previewPages");
        pagesBox.setAlignment(Pos.TOP_CENTER);
        pagesBox.setPadding(new Insets(12));
        pagesBox.setStyle("-fx-background-color: -color-bg-subtle;");
        Label empty = new Label("Choose a report and press Preview to see its pages here.");
        pagesBox.getChildren().add(empty);
        model.pages().addListener((javafx.collections.ListChangeListener<Image>) c -> {
            pagesBox.getChildren().clear();
            for (Image page : model.pages()) {
                ImageView view = new ImageView(page);
                view.setPreserveRatio(true);
                view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 6, 0, 0, 1);");
                pagesBox.getChildren().add(view);
            }
        });
        ScrollPane pagesScroll = new ScrollPane(pagesBox);
        pagesScroll.setFitToWidth(true);
        VBox.setVgrow(pagesScroll, Priority.ALWAYS);
        VBox right = new VBox(8, actions, status, problem, pagesScroll);
        right.setPadding(new Insets(10));
        return right;
    }

    private void save(ReportFormat format) {
        files.saveAs(window(), model.suggestedFileName(format), format).ifPresent(path -> model.save(path, format));
    }

    /** Prints the page images, one to a sheet, scaled to the printable area. */
    private void print(List<Image> pages) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.tell("No printer is set up on this computer; save the report as a PDF and print that instead.");
            return;
        }
        if (!job.showPrintDialog(window())) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (Image page : pages) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(view)) {
                break;
            }
        }
        job.endJob();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        var labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(120);
        var fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (field != null) {
            label.setLabelFor(field);
        }
        return label;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static DateField dateField(String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> property) {
        DateField field = new DateField();
        field.setId(id);
        field.valueProperty().bindBidirectional(property);
        return field;
    }

    private static Node area(String title, String id, javafx.beans.property.StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(property);
        Label label = new Label(title);
        label.setLabelFor(area);
        return new VBox(3, label, area);
    }
}
