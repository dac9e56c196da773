package org.probity.retention.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.probity.common.UkDates;
import org.probity.retention.DisposalLogEntry;
import org.probity.retention.DueRecord;
import org.probity.retention.LegalHold;
import org.probity.retention.RetentionService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Confirmation;
import org.probity.ui.Section;

/**
 * Disposal review: the records past their retention date, by register; a preview of what
 * disposing of the selected ones removes; approval; legal holds; and the disposal log.
 */
public final class DisposalReviewSection implements Section {

    public static final String ID = org.probity.retention.RetentionDueItems.SECTION_ID;

    private final DisposalReviewViewModel model;
    private VBox view;

    public DisposalReviewSection(RetentionService retention, BackgroundTasks tasks) {
        this.model = new DisposalReviewViewModel(retention, tasks);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Disposal review";
    }

    @Override
    public Ikon icon() {
        return Material2AL.DELETE_SWEEP;
    }

    @Override
    public void activated() {
        model.refresh();
    }

    @Override
    public Node view() {
        if (view != null) {
            return view;
        }
        Label title = RetentionControls.title("Disposal review");
        Label explain = RetentionControls.explanation("Records past their retention date under the retention"
                + " schedule (Settings › Retention schedule). Select records, preview what their disposal"
                + " removes, then approve it. A record on legal hold is not disposed of until the hold is lifted.");
        Label groups = new Label();
        groups.setId("dueGroups");
        groups.textProperty().bind(model.groupsProperty());

        TabPane tabs = new TabPane(new Tab("Due for disposal", dueTab()), new Tab("Legal holds", holdsTab()),
                new Tab("Disposal log", logTab()));
        tabs.setId("disposalTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Label status = RetentionControls.status("disposalStatus", model.statusProperty(), model.failedProperty());

        view = new VBox(10, title, explain, groups, tabs, status);
        view.setPadding(new Insets(16));
        view.setId("disposalReview");
        model.setConfirmation(dialogOver(view));
        return view;
    }

    private Node dueTab() {
        TableView<DueRecord> table = new TableView<>(model.due());
        table.setId("dueTable");
        table.setPlaceholder(new Label("No records are past their retention date."));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<DueRecord>) change ->
                model.chosen().setAll(List.copyOf(table.getSelectionModel().getSelectedItems())));
        table.getColumns().setAll(List.of(
                column("Register", 170, r -> r.register().label()),
                column("Reference", 160, DueRecord::reference),
                column("Counted from", 125, r -> UkDates.display(r.record().triggerDate())),
                column("Due", 110, r -> UkDates.display(r.dueDate())),
                column("Action", 100, r -> r.action().label()),
                column("Legal hold", 260, r -> r.hold().map(h -> "On hold: " + h.reason()).orElse(""))));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button all = new Button("Select all");
        all.setId("selectAll");
        all.setOnAction(e -> table.getSelectionModel().selectAll());
        Button none = new Button("Select none");
        none.setId("selectNone");
        none.setOnAction(e -> table.getSelectionModel().clearSelection());
        Button preview = new Button("Preview disposal");
        preview.setId("previewDisposal");
        preview.disableProperty().bind(model.busyProperty().or(model.mayDisposeProperty().not()));
        preview.setOnAction(e -> model.preview());
        Button approve = new Button("Approve disposal…");
        approve.setId("approveDisposal");
        approve.getStyleClass().add(Styles.DANGER);
        approve.disableProperty().bind(model.busyProperty().or(model.mayDisposeProperty().not()));
        approve.setOnAction(e -> model.approve());

        TextField reason = new TextField();
        reason.setId("holdReason");
        reason.setPromptText("Reason for the hold (required), e.g. a claim or a request for information");
        reason.textProperty().bindBidirectional(model.holdReasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button hold = new Button("Place on legal hold");
        hold.setId("placeHold");
        hold.disableProperty().bind(model.busyProperty().or(model.mayDisposeProperty().not())
                .or(table.getSelectionModel().selectedItemProperty().isNull()));
        hold.setOnAction(e -> model.placeHold(table.getSelectionModel().getSelectedItem()));

        ListView<String> previewList = new ListView<>(model.previewLines());
        previewList.setId("previewList");
        previewList.setPrefHeight(130);
        previewList.setPlaceholder(new Label("Preview the disposal to see what it removes."));
        Label summary = new Label();
        summary.setId("previewSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.previewSummaryProperty());

        VBox box = new VBox(8, table, new HBox(8, all, none, preview, approve), new HBox(8, reason, hold),
                new Label("Preview"), previewList, summary);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private Node holdsTab() {
        TableView<LegalHold> table = new TableView<>(model.holds());
        table.setId("holdsTable");
        table.setPlaceholder(new Label("No record is on legal hold."));
        table.getColumns().setAll(List.of(
                column("Reference", 160, LegalHold::reference),
                column("Register", 170, h -> h.register().label()),
                column("Reason", 320, LegalHold::reason),
                column("Placed by", 120, LegalHold::placedBy),
                column("Placed on", 110, h -> UkDates.display(h.placedAt().toLocalDate()))));
        VBox.setVgrow(table, Priority.ALWAYS);
        TextField reason = new TextField();
        reason.setId("liftReason");
        reason.setPromptText("Reason for lifting the hold (required)");
        reason.textProperty().bindBidirectional(model.liftReasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button lift = new Button("Lift hold");
        lift.setId("liftHold");
        lift.disableProperty().bind(model.busyProperty().or(model.mayDisposeProperty().not())
                .or(table.getSelectionModel().selectedItemProperty().isNull()));
        lift.setOnAction(e -> model.liftHold(table.getSelectionModel().getSelectedItem()));
        VBox box = new VBox(8, table, new HBox(8, reason, lift));
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private Node logTab() {
        TableView<DisposalLogEntry> table = new TableView<>(model.log());
        table.setId("logTable");
        table.setPlaceholder(new Label("Nothing has been disposed of yet."));
        table.getColumns().setAll(List.of(
                column("Reference", 160, DisposalLogEntry::reference),
                column("Register", 150, e -> e.register().label()),
                column("Counted from", 125, e -> UkDates.display(e.triggerDate())),
                column("Due", 110, e -> UkDates.display(e.dueDate())),
                column("Action", 90, e -> e.action().label()),
                column("Approved by", 110, DisposalLogEntry::approvedBy),
                column("Approved", 150, e -> UkDates.display(e.approvedAt().toLocalDate()) + " "
                        + e.approvedAt().toLocalTime().withSecond(0).withNano(0)),
                number("Attachments", DisposalLogEntry::attachmentsRemoved),
                number("History entries", DisposalLogEntry::auditEntriesRedacted),
                column("Backups", 380, DisposalLogEntry::backupsNote)));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label note = new Label("The log keeps no names or details, only what was disposed of, when and by whom. "
                + "Backups taken before a disposal still hold the record until they are rotated out.");
        note.setWrapText(true);
        VBox box = new VBox(8, table, note);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static <T> TableColumn<T, String> column(String title, double width,
                                                     java.util.function.Function<T, String> value) {
        return RetentionControls.column(title, width, value);
    }

    private static <T> TableColumn<T, Number> number(String title, java.util.function.ToIntFunction<T> value) {
        TableColumn<T, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsInt(c.getValue())));
        column.setPrefWidth(110);
        return column;
    }

    private static Confirmation dialogOver(Node owner) {
        return (title, question) -> {
            ButtonType yes = new ButtonType("Dispose", ButtonBar.ButtonData.OK_DONE);
            ButtonType no = new ButtonType("Keep the records", ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
            alert.setTitle("Probity");
            alert.setHeaderText(title);
            if (owner.getScene() != null && owner.getScene().getWindow() != null) {
                alert.initOwner(owner.getScene().getWindow());
            }
            return alert.showAndWait().filter(yes::equals).isPresent();
        };
    }
}
