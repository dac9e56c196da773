package org.probity.complaints.ui;

import org.probity.ui.FormControls;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.probity.complaints.CaseLogRow;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ComplaintStatus;
import org.probity.ui.DateField;

/**
 * The Complaints screen: the register (the list with its filters beside the form to log a
 * complaint or the complaint opened), the case log for the committee and the figures.
 */
final class ComplaintsView {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final ComplaintsViewModel model;
    private final TabPane root = new TabPane();
    private final Tab register;
    private final TableView<ComplaintRow> table = new TableView<>();
    private final ComboBox<ComplaintStatus> status = FormControls.combo("complaintStatusFilter", "Status");
    private final LogComplaintView logForm;
    private final ComplaintDetailView detail;

    ComplaintsView(ComplaintsViewModel model) {
        this.model = model;
        this.logForm = new LogComplaintView(model.logForm());
        this.detail = new ComplaintDetailView(model.detail(), model.list().officers());
        root.setId("complaintsView");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(buildList(), buildRight());
        split.setDividerPositions(0.5);
        register = new Tab("Register", split);
        register.setId("complaintsRegisterTab");
        Tab caseLog = new Tab("Case log", buildCaseLog());
        caseLog.setId("complaintsCaseLogTab");
        Tab statistics = new Tab("Statistics", buildStatistics());
        statistics.setId("complaintsStatisticsTab");
        root.getTabs().addAll(register, caseLog, statistics);
        root.getStylesheets().add(ComplaintsView.class.getResource("complaints.css").toExternalForm());
        root.getStyleClass().add("complaints-section");
    }

    private Node buildList() {
        ComplaintListViewModel list = model.list();
        status.getItems().add(null);
        status.getItems().addAll(ComplaintStatus.values());
        FormControls.nullAs(status, "Any status", ComplaintStatus::label);
        status.valueProperty().bindBidirectional(list.statusFilterProperty());
        status.setPrefWidth(130);
        ComboBox<String> stage = FormControls.combo("complaintStageFilter", "Stage");
        Runnable stages = () -> {
            String wanted = stage.getValue();
            java.util.List<String> all = new java.util.ArrayList<>();
            all.add(null);
            all.addAll(list.stageNames());
            stage.getItems().setAll(all);
            stage.setValue(wanted);
        };
        list.stageNames().addListener((javafx.collections.ListChangeListener<String>) c -> stages.run());
        stages.run();
        FormControls.nullAs(stage, "Any stage", s -> s);
        stage.valueProperty().bindBidirectional(list.stageFilterProperty());
        stage.setPrefWidth(200);
        ComboBox<ComplaintDirection> direction = FormControls.combo("complaintDirectionFilter", "Direction");
        direction.getItems().add(null);
        direction.getItems().addAll(ComplaintDirection.values());
        FormControls.nullAs(direction, "Any direction", ComplaintDirection::label);
        direction.valueProperty().bindBidirectional(list.directionFilterProperty());
        direction.setPrefWidth(200);
        ComboBox<ComplaintCategory> category = FormControls.combo("complaintCategoryFilter", "Category");
        category.getItems().add(null);
        category.getItems().addAll(ComplaintCategory.values());
        FormControls.nullAs(category, "Any category", ComplaintCategory::label);
        category.valueProperty().bindBidirectional(list.categoryFilterProperty());
        category.setPrefWidth(210);
        ComboBox<ComplaintListViewModel.Period> period = FormControls.combo("complaintPeriodFilter", "Received");
        period.getItems().setAll(ComplaintListViewModel.Period.values());
        period.valueProperty().bindBidirectional(list.periodFilterProperty());
        period.setPrefWidth(150);
        CheckBox overdue = new CheckBox("_Overdue only");
        overdue.setId("complaintOverdueOnly");
        overdue.setMnemonicParsing(true);
        overdue.selectedProperty().bindBidirectional(list.overdueOnlyProperty());
        FlowPane filters = new FlowPane(8, 6, status, stage, direction, category, period, overdue);
        filters.setAlignment(Pos.CENTER_LEFT);

        table.setId("complaintsTable");
        table.setAccessibleText("Complaints");
        table.setItems(list.shown());
        table.getColumns().add(FormControls.column("Reference", 130, ComplaintRow::reference));
        table.getColumns().add(FormControls.dateColumn("Due", 115, ComplaintRow::due));
        table.getColumns().add(FormControls.column("When", 190, ComplaintRow::dueText));
        table.getColumns().add(FormControls.column("Status", 175, ComplaintRow::status));
        table.getColumns().add(FormControls.column("Stage", 170, ComplaintRow::stage));
        table.getColumns().add(FormControls.column("Handled by", 140, ComplaintRow::handler));
        table.getColumns().add(FormControls.dateColumn("Received", 115, ComplaintRow::receivedOn));
        table.getColumns().add(FormControls.column("Direction", 170, ComplaintRow::direction));
        table.getColumns().add(FormControls.column("Category", 170, ComplaintRow::category));
        table.getColumns().add(FormControls.column("Parties", 220, ComplaintRow::parties));
        table.getColumns().add(FormControls.column("Route", 220, ComplaintRow::route));
        table.getColumns().forEach(c -> {
            c.setSortable(false);
            c.setMinWidth(c.getPrefWidth());
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ComplaintRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.overdue());
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(list.loadingProperty()).then("Reading the complaints…")
                .otherwise(Bindings.when(Bindings.createBooleanBinding(() -> list.total() == 0, list.shown()))
                        .then("No complaints yet: press Ctrl+N to log the first.")
                        .otherwise("No complaint matches these filters.")));
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.select(now);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = new Button("_New complaint");
        add.setId("newComplaint");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> newComplaint());
        Label summary = new Label();
        summary.setId("complaintsSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(list.summaryProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, add, gap, summary);
        bottom.setAlignment(Pos.CENTER_LEFT);
        Label problem = FormControls.error(Bindings.createStringBinding(() -> list.loadProblemProperty().get()
                == null ? "" : list.loadProblemProperty().get(), list.loadProblemProperty()), "complaintsProblem");
        VBox box = new VBox(8, filters, problem, table, bottom);
        box.setPadding(new Insets(12, 8, 12, 12));
        return box;
    }

    private Node buildRight() {
        Node form = logForm.root();
        form.visibleProperty().bind(model.logFormShownProperty());
        Node shown = detail.root();
        shown.visibleProperty().bind(model.logFormShownProperty().not());
        return new StackPane(form, shown);
    }

    private Node buildCaseLog() {
        CaseLogViewModel log = model.caseLog();
        ComboBox<Integer> year = FormControls.combo("caseLogYear", "Year received");
        year.setItems(log.years());
        year.valueProperty().bindBidirectional(log.yearProperty());
        year.setMaxWidth(120);
        Label summary = new Label();
        summary.setId("caseLogSummary");
        summary.textProperty().bind(log.summaryProperty());
        HBox top = new HBox(8, FormControls.label("_Received in", year), year, summary);
        top.setAlignment(Pos.CENTER_LEFT);
        TableView<CaseLogRow> rows = new TableView<>(log.rows());
        rows.setId("caseLogTable");
        rows.setAccessibleText("Case log");
        rows.getColumns().add(FormControls.column("Reference", 135, r -> r.reference().toString()));
        rows.getColumns().add(FormControls.dateColumn("Received", 115, CaseLogRow::receivedOn));
        rows.getColumns().add(FormControls.column("Route", 330, CaseLogRow::route));
        rows.getColumns().add(FormControls.column("Paragraphs", 110, CaseLogRow::paragraphs));
        rows.getColumns().add(FormControls.column("Stage", 300, CaseLogRow::stage));
        rows.getColumns().add(FormControls.column("Independent Person consulted", 215,
                r -> r.independentPersonConsulted() ? "Yes" : "No"));
        rows.getColumns().add(FormControls.column("Next step", 220, CaseLogRow::nextStep));
        rows.getColumns().add(FormControls.dateColumn("By", 115, CaseLogRow::nextStepDue));
        rows.getColumns().add(FormControls.column("Outcome", 170, CaseLogRow::outcome));
        rows.setPlaceholder(new Label("No complaints were received in this year."));
        VBox.setVgrow(rows, Priority.ALWAYS);
        VBox box = new VBox(8, top, rows);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node buildStatistics() {
        ComplaintStatisticsViewModel stats = model.statistics();
        DateField from = FormControls.dateField("statisticsFrom", "From");
        from.valueProperty().bindBidirectional(stats.fromProperty());
        from.setMaxWidth(160);
        DateField to = FormControls.dateField("statisticsTo", "To");
        to.valueProperty().bindBidirectional(stats.toProperty());
        to.setMaxWidth(160);
        Button count = new Button("_Count");
        count.setId("statisticsCount");
        count.setMnemonicParsing(true);
        HBox top = new HBox(8, FormControls.label("_From", from), from, FormControls.label("_To", to), to,
                count);
        top.setAlignment(Pos.CENTER_LEFT);
        count.setOnAction(e -> {
            if (FormControls.readTypedDates(top)) {
                stats.calculate();
            }
        });
        Label headline = new Label();
        headline.setId("statisticsHeadline");
        headline.setWrapText(true);
        headline.textProperty().bind(stats.headlineProperty());
        Label problem = FormControls.error(stats.problemProperty(), "statisticsProblem");
        TableView<ComplaintStatisticsViewModel.Line> lines = new TableView<>(stats.lines());
        lines.setId("statisticsTable");
        lines.setAccessibleText("Complaint figures");
        lines.getColumns().add(FormControls.column("Breakdown", 130, ComplaintStatisticsViewModel.Line::breakdown));
        lines.getColumns().add(FormControls.column("", 500, ComplaintStatisticsViewModel.Line::label));
        lines.getColumns().add(FormControls.column("Complaints", 110, ComplaintStatisticsViewModel.Line::count));
        lines.getColumns().forEach(c -> c.setSortable(false));
        VBox.setVgrow(lines, Priority.ALWAYS);
        VBox box = new VBox(8, top, problem, headline, lines);
        box.setPadding(new Insets(12));
        return box;
    }

    void newComplaint() {
        root.getSelectionModel().select(register);
        model.newComplaint();
        logForm.focus();
    }

    void find() {
        root.getSelectionModel().select(register);
        status.requestFocus();
    }

    void save() {
        if (model.logFormShownProperty().get()) {
            logForm.save();
        }
    }

    Node root() {
        return root;
    }
}
