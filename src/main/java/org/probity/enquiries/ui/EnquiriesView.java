package org.probity.enquiries.ui;

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
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.probity.enquiries.EnquiryKind;
import org.probity.enquiries.EnquiryStatus;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.ServiceArea;

/**
 * The Enquiries screen: the register (the list with its filters beside the quick entry form or
 * the enquiry opened) and the performance figures.
 */
final class EnquiriesView {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final EnquiriesViewModel model;
    private final TabPane root = new TabPane();
    private final Tab register;
    private final TextField filter = new TextField();
    private final TableView<EnquiryRow> table = new TableView<>();
    private final QuickEntryView quickEntry;
    private final EnquiryDetailView detail;

    EnquiriesView(EnquiriesViewModel model) {
        this.model = model;
        this.quickEntry = new QuickEntryView(model.quickEntry());
        this.detail = new EnquiryDetailView(model.detail());
        root.setId("enquiriesView");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(buildList(), buildRight());
        split.setDividerPositions(0.63);
        register = new Tab("Register", split);
        register.setId("enquiriesRegisterTab");
        Tab performance = new Tab("Performance", new PerformanceView(model.performance()).root());
        performance.setId("enquiriesPerformanceTab");
        root.getTabs().addAll(register, performance);
        EnquiryViews.style(root);
    }

    private Node buildList() {
        EnquiryListViewModel list = model.list();
        filter.setId("enquiriesFilter");
        filter.setPromptText("Filter by reference, member, subject, service area or officer");
        filter.setAccessibleText("Filter enquiries");
        filter.textProperty().bindBidirectional(list.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        CheckBox overdue = new CheckBox("_Overdue only");
        overdue.setId("overdueOnly");
        overdue.setMnemonicParsing(true);
        overdue.selectedProperty().bindBidirectional(list.overdueOnlyProperty());
        HBox first = new HBox(8, filter, overdue);
        first.setAlignment(Pos.CENTER_LEFT);

        ComboBox<EnquiryStatus> status = filterBox("statusFilter", "Status", 135);
        status.getItems().add(null);
        status.getItems().addAll(EnquiryStatus.values());
        FormControls.nullAs(status, "Any status", EnquiryStatus::label);
        status.valueProperty().bindBidirectional(list.statusFilterProperty());
        ComboBox<EnquiryKind> kind = filterBox("kindFilter", "Kind", 170);
        kind.getItems().add(null);
        kind.getItems().addAll(EnquiryKind.values());
        FormControls.nullAs(kind, "Any kind", EnquiryKind::label);
        kind.valueProperty().bindBidirectional(list.kindFilterProperty());
        ComboBox<ServiceArea> area = filterBox("areaFilter", "Service area", 175);
        withNone(area, list.areas());
        FormControls.nullAs(area, "Any service area", ServiceArea::name);
        area.valueProperty().bindBidirectional(list.areaFilterProperty());
        ComboBox<Officer> officer = filterBox("officerFilter", "Officer", 165);
        withNone(officer, list.officers());
        FormControls.nullAs(officer, "Any officer", Officer::displayName);
        officer.valueProperty().bindBidirectional(list.officerFilterProperty());
        ComboBox<Member> member = filterBox("memberFilter", "Member", 165);
        withNone(member, list.members());
        FormControls.nullAs(member, "Any member", Member::displayName);
        member.valueProperty().bindBidirectional(list.memberFilterProperty());
        ComboBox<EnquiryListViewModel.Period> period = filterBox("periodFilter", "Received", 145);
        period.getItems().setAll(EnquiryListViewModel.Period.values());
        period.valueProperty().bindBidirectional(list.periodFilterProperty());
        FlowPane second = new FlowPane(8, 6, status, kind, area, officer, member, period);

        table.setId("enquiriesTable");
        table.setAccessibleText("Enquiries");
        table.setItems(list.shown());
        // What a clerk chases comes first: which enquiry, when it is due and how it stands.
        table.getColumns().add(FormControls.column("Reference", 135, EnquiryRow::reference));
        table.getColumns().add(FormControls.dateColumn("Due", 108, EnquiryRow::due));
        TableColumn<EnquiryRow, String> when = FormControls.column("When", 195, EnquiryRow::dueText);
        when.setId("dueColumn");
        table.getColumns().add(when);
        table.getColumns().add(FormControls.column("Status", 85, EnquiryRow::statusText));
        table.getColumns().add(FormControls.column("Member", 150, EnquiryRow::member));
        table.getColumns().add(FormControls.column("Subject", 220, EnquiryRow::subject));
        table.getColumns().add(FormControls.dateColumn("Received", 108, EnquiryRow::receivedOn));
        table.getColumns().add(FormControls.column("Kind", 140, EnquiryRow::kind));
        table.getColumns().add(FormControls.column("Service area", 130, EnquiryRow::serviceArea));
        table.getColumns().add(FormControls.column("Officer", 140, EnquiryRow::officer));
        // The order is the register's: overdue first, then by due date. Sorting by a column
        // over 200 000 rows is left out so a click never freezes the screen.
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EnquiryRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.overdue());
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(list.loadingProperty()).then("Reading the enquiries…")
                .otherwise(Bindings.when(Bindings.createBooleanBinding(() -> list.total() == 0, list.shown()))
                        .then("No enquiries yet: press Ctrl+N to log the first.")
                        .otherwise("No enquiry matches these filters.")));
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

        Button add = new Button("_New enquiry");
        add.setId("newEnquiry");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> newEnquiry());
        Label summary = new Label();
        summary.setId("enquiriesSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(list.summaryProperty());
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> list.loadProblemProperty().get() == null
                ? "" : list.loadProblemProperty().get(), list.loadProblemProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, add, gap, summary);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, first, second, problem, table, bottom);
        box.setPadding(new Insets(12, 8, 12, 12));
        return box;
    }

    private static <T> ComboBox<T> filterBox(String id, String text, double width) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setAccessibleText(text);
        box.setPrefWidth(width);
        return box;
    }

    /** The choices of a filter: "any" first, then the list, kept in step with it. */
    private static <T> void withNone(ComboBox<T> box, javafx.collections.ObservableList<T> choices) {
        Runnable refresh = () -> {
            T wanted = box.getValue();
            java.util.List<T> all = new java.util.ArrayList<>();
            all.add(null);
            all.addAll(choices);
            box.getItems().setAll(all);
            box.setValue(wanted);
        };
        choices.addListener((javafx.collections.ListChangeListener<T>) c -> refresh.run());
        refresh.run();
    }

    private Node buildRight() {
        Node quick = quickEntry.root();
        VBox quickBox = new VBox(quick);
        quickBox.setPadding(new Insets(12, 12, 12, 8));
        quickBox.visibleProperty().bind(model.quickEntryShownProperty());
        Node shown = detail.root();
        shown.visibleProperty().bind(model.quickEntryShownProperty().not());
        return new StackPane(quickBox, shown);
    }

    void newEnquiry() {
        root.getSelectionModel().select(register);
        model.newEnquiry();
        quickEntry.focus();
    }

    void find() {
        root.getSelectionModel().select(register);
        filter.requestFocus();
        filter.selectAll();
    }

    void save() {
        if (!model.quickEntryShownProperty().get()) {
            detail.save(true);
        }
    }

    TableView<EnquiryRow> table() {
        return table;
    }

    Node root() {
        return root;
    }
}
