package org.probity.groupmeetings.ui;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.probity.common.UkDates;
import org.probity.groupmeetings.ParityMatrix;
import org.probity.groupmeetings.ParityStatus;
import org.probity.ui.DateField;
import org.probity.ui.UkDateTableCell;

/**
 * The parity of groups: one row per briefing and one column per group, then the totals per
 * group and per officer. The group columns follow the groups of the period worked out.
 */
final class ParityView {

    private final ParityViewModel model;
    private final VBox root = new VBox(8);
    private final TableView<ParityViewModel.BriefingRow> matrix = new TableView<>();
    private final TableView<ParityMatrix.GroupTotals> groupTotals = new TableView<>();
    private final TableView<ParityMatrix.OfficerTotals> officerTotals = new TableView<>();

    ParityView(ParityViewModel model) {
        this.model = model;
        root.setId("parityView");
        root.setPadding(new Insets(12));
        DateField from = new DateField();
        from.setId("parityFrom");
        from.setPrefWidth(150);
        from.setAccessibleText("Period from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DateField to = new DateField();
        to.setId("parityTo");
        to.setPrefWidth(150);
        to.setAccessibleText("Period to");
        to.valueProperty().bindBidirectional(model.toProperty());
        Button show = new Button("Show");
        show.setId("parityShow");
        show.getStyleClass().add(Styles.ACCENT);
        show.setDefaultButton(false);
        show.setOnAction(e -> {
            from.commitTypedText();
            to.commitTypedText();
            model.load();
        });
        show.disableProperty().bind(model.loadingProperty());
        Label summary = new Label();
        summary.setId("paritySummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        HBox period = new HBox(8, new Label("Briefings from"), from, new Label("to"), to, show, summary);
        period.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(summary, new Insets(0, 0, 0, 12));
        Label problem = new Label();
        problem.setId("parityProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(problem.textProperty()));
        problem.managedProperty().bind(problem.visibleProperty());

        matrix.setId("parityMatrix");
        matrix.setAccessibleText("Briefings against groups");
        matrix.setItems(model.briefings());
        matrix.setPlaceholder(new Label("No briefings in this period."));
        groupTotals.setId("parityGroupTotals");
        groupTotals.setAccessibleText("Totals per group");
        groupTotals.setItems(model.groupTotals());
        groupTotals.getColumns().add(textColumn("Group", 170, ParityMatrix.GroupTotals::name));
        groupTotals.getColumns().add(number("Asked", ParityMatrix.GroupTotals::asked));
        groupTotals.getColumns().add(number("Had", ParityMatrix.GroupTotals::given));
        groupTotals.getColumns().add(number("Offered", ParityMatrix.GroupTotals::offered));
        groupTotals.getColumns().add(number("Accepted", ParityMatrix.GroupTotals::accepted));
        groupTotals.getColumns().add(number("Declined", ParityMatrix.GroupTotals::declined));
        groupTotals.getColumns().add(number("No reply", ParityMatrix.GroupTotals::noReply));
        groupTotals.getColumns().add(number("Not offered", ParityMatrix.GroupTotals::notOffered));
        officerTotals.setId("parityOfficerTotals");
        officerTotals.setAccessibleText("Totals per officer");
        officerTotals.setItems(model.officerTotals());
        model.matrixProperty().addListener((obs, was, now) -> columns(now));

        Label perGroup = new Label("Totals per group");
        perGroup.getStyleClass().add(Styles.TITLE_4);
        Label perOfficer = new Label("Totals per officer");
        perOfficer.getStyleClass().add(Styles.TITLE_4);
        VBox groupsBox = new VBox(4, perGroup, groupTotals);
        VBox officersBox = new VBox(4, perOfficer, officerTotals);
        VBox.setVgrow(groupTotals, Priority.ALWAYS);
        VBox.setVgrow(officerTotals, Priority.ALWAYS);
        SplitPane totals = new SplitPane(groupsBox, officersBox);
        totals.setDividerPositions(0.56);
        SplitPane split = new SplitPane(matrix, totals);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label legend = new Label("Each cell says what the group had of the briefing: asked for it, offered it "
                + "afterwards (accepted and given, declined, no reply) or not offered it. Hover over a cell for the "
                + "date.");
        legend.setWrapText(true);
        legend.getStyleClass().add(Styles.TEXT_MUTED);
        root.getChildren().addAll(period, problem, legend, split);
    }

    Node root() {
        return root;
    }

    /** The group columns of both tables follow the groups of the matrix just worked out. */
    private void columns(ParityMatrix m) {
        matrix.getColumns().clear();
        TableColumn<ParityViewModel.BriefingRow, LocalDate> date = new TableColumn<>("Date");
        date.setId("parityDateColumn");
        date.setPrefWidth(100);
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        date.setCellFactory(c -> new UkDateTableCell<>());
        matrix.getColumns().add(date);
        matrix.getColumns().add(textColumn("Reference", 105, ParityViewModel.BriefingRow::reference));
        matrix.getColumns().add(textColumn("Subject", 200, ParityViewModel.BriefingRow::subject));
        matrix.getColumns().add(textColumn("Officers", 160, ParityViewModel.BriefingRow::officers));
        if (m == null) {
            return;
        }
        for (ParityMatrix.Group g : m.groups()) {
            TableColumn<ParityViewModel.BriefingRow, ParityViewModel.BriefingRow> column = new TableColumn<>(
                    g.shortName() == null || g.shortName().isBlank() ? g.name() : g.shortName());
            column.setId("parityGroup" + g.groupId());
            column.setPrefWidth(115);
            column.setSortable(false);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            column.setCellFactory(c -> new StatusCell(g.groupId()));
            matrix.getColumns().add(column);
        }
        officerTotals.getColumns().clear();
        officerTotals.getColumns().add(textColumn("Officer", 170, ParityMatrix.OfficerTotals::name));
        officerTotals.getColumns().add(number("Attended", ParityMatrix.OfficerTotals::attended));
        officerTotals.getColumns().add(number("Written advice", ParityMatrix.OfficerTotals::declinedWithAdvice));
        for (ParityMatrix.Group g : m.groups()) {
            officerTotals.getColumns().add(number("For " + (g.shortName() == null || g.shortName().isBlank()
                    ? g.name() : g.shortName()), t -> t.attendedFor(g.groupId())));
        }
    }

    private static <S> TableColumn<S, String> textColumn(String title, double width,
                                                          java.util.function.Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private static <S> TableColumn<S, Integer> number(String title, java.util.function.ToIntFunction<S> value) {
        TableColumn<S, Integer> column = new TableColumn<>(title);
        column.setPrefWidth(72);
        column.setMinWidth(60);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsInt(c.getValue())));
        return column;
    }

    /** One group's status for one briefing: a short word, coloured, with the full label and date in a tooltip. */
    private static final class StatusCell extends TableCell<ParityViewModel.BriefingRow,
            ParityViewModel.BriefingRow> {
        private final long groupId;

        StatusCell(long groupId) {
            this.groupId = groupId;
        }

        @Override
        protected void updateItem(ParityViewModel.BriefingRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER, Styles.TEXT_MUTED);
            ParityStatus status = empty || row == null ? null : row.statusByGroup().get(groupId);
            if (status == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(ParityViewModel.shortText(status));
            LocalDate date = row.dateByGroup().get(groupId);
            setTooltip(new Tooltip(status.label() + (date == null ? "" : " (" + UkDates.display(date) + ")")));
            getStyleClass().add(status.given() ? Styles.SUCCESS : status == ParityStatus.NOT_OFFERED
                    ? Styles.DANGER : status.offered() ? Styles.WARNING : Styles.TEXT_MUTED);
        }
    }
}
