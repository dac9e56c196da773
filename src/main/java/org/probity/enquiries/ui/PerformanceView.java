package org.probity.enquiries.ui;

import org.probity.ui.FormControls;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.probity.ui.DateField;

/** The performance figures for a period: a bar chart of the percentage within target and the full table. */
final class PerformanceView {

    private final VBox root = new VBox(8);

    PerformanceView(PerformanceViewModel model) {
        root.setId("performanceView");
        root.setPadding(new Insets(12));
        DateField from = FormControls.dateField("performanceFrom", "First day of the period");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DateField to = FormControls.dateField("performanceTo", "Last day of the period");
        to.valueProperty().bindBidirectional(model.toProperty());
        from.setPrefWidth(150);
        to.setPrefWidth(150);
        ComboBox<PerformanceViewModel.Breakdown> breakdown = FormControls.combo("performanceBreakdown",
                "Figures by");
        breakdown.getItems().setAll(PerformanceViewModel.Breakdown.values());
        breakdown.valueProperty().bindBidirectional(model.breakdownProperty());
        breakdown.setMaxWidth(Double.MAX_VALUE);
        breakdown.setPrefWidth(160);
        Button calculate = new Button("Show figures");
        calculate.setId("performanceCalculate");
        calculate.getStyleClass().add(Styles.ACCENT);
        calculate.disableProperty().bind(model.busyProperty());
        calculate.setOnAction(e -> {
            if (FormControls.readTypedDates(root)) {
                model.calculate();
            }
        });
        HBox controls = new HBox(8, FormControls.label("_From", from), from, FormControls.label("_To", to), to,
                FormControls.label("_By", breakdown), breakdown, calculate);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("performanceSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label problem = new Label();
        problem.setId("performanceProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get() == null ? ""
                : model.problemProperty().get(), model.problemProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        // Bars run across so that long names of service areas and officers stay readable.
        CategoryAxis names = new CategoryAxis();
        NumberAxis percent = new NumberAxis(0, 100, 10);
        percent.setLabel("% answered within target");
        BarChart<Number, String> chart = new BarChart<>(percent, names);
        chart.setId("performanceChart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.setBarGap(0);
        chart.titleProperty().bind(model.chartTitleProperty());
        chart.setMinHeight(220);
        model.bars().addListener((ListChangeListener<PerformanceViewModel.Line>) c -> {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            // The category axis draws its first category at the bottom; reversed, the list reads from the top.
            java.util.List<PerformanceViewModel.Line> top = new java.util.ArrayList<>(model.bars());
            java.util.Collections.reverse(top);
            top.forEach(line -> series.getData().add(new XYChart.Data<>(line.percent(), line.name())));
            chart.getData().setAll(java.util.List.of(series));
        });

        TableView<PerformanceViewModel.Line> table = new TableView<>(model.lines());
        table.setId("performanceTable");
        table.setAccessibleText("Performance figures");
        table.getColumns().add(FormControls.column("Name", 200, PerformanceViewModel.Line::name));
        table.getColumns().add(FormControls.column("Received", 80, PerformanceViewModel.Line::count));
        table.getColumns().add(FormControls.column("Replied", 80, PerformanceViewModel.Line::replied));
        table.getColumns().add(FormControls.column("Within target", 120, PerformanceViewModel.Line::withinTarget));
        table.getColumns().add(FormControls.column("Median", 125, PerformanceViewModel.Line::median));
        table.getColumns().add(FormControls.column("90th percentile", 125, PerformanceViewModel.Line::ninetieth));
        table.getColumns().add(FormControls.column("Holding replies", 125, PerformanceViewModel.Line::holdingReplies));
        table.getColumns().add(FormControls.column("Escalations", 95, PerformanceViewModel.Line::escalations));
        table.getColumns().add(FormControls.column("Refusals", 80, PerformanceViewModel.Line::refusals));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Choose a period and press Show figures."));

        SplitPane split = new SplitPane(chart, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);
        Label note = new Label("Working days throughout. A reply is judged against its target, never the date "
                + "given in a holding reply; enquiries still within their target are not yet judged.");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.setWrapText(true);
        root.getChildren().addAll(controls, summary, problem, split, note);
    }

    Node root() {
        return root;
    }
}
