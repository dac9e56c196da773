package org.probity.people.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.probity.people.MemberKind;
import org.probity.people.PoliticalGroup;
import org.probity.people.ServiceArea;
import org.probity.ui.DateField;
import org.probity.ui.FieldError;
import org.probity.ui.HistoryView;

/** The Members screen: list and filters on the left, the member's form and history on the right. */
public final class MembersView implements PersonListView {

    private final MembersViewModel model;
    private final MemberFormViewModel form;
    private final SplitPane root;
    private boolean syncingSelection;

    @FXML private TextField membersFilter;
    @FXML private ComboBox<PoliticalGroup> memberGroupFilter;
    @FXML private ComboBox<MemberKind> memberKindFilter;
    @FXML private CheckBox showLeftMembers;
    @FXML private Label membersSummary;
    @FXML private TableView<MembersViewModel.MemberRow> membersTable;
    @FXML private TableColumn<MembersViewModel.MemberRow, String> memberNameColumn;
    @FXML private TableColumn<MembersViewModel.MemberRow, String> memberGroupColumn;
    @FXML private TableColumn<MembersViewModel.MemberRow, String> memberWardsColumn;
    @FXML private TableColumn<MembersViewModel.MemberRow, String> memberKindColumn;
    @FXML private TableColumn<MembersViewModel.MemberRow, LocalDate> memberTermEndColumn;
    @FXML private TableColumn<MembersViewModel.MemberRow, String> memberRolesColumn;
    @FXML private Label memberHeading;
    @FXML private Label memberUnsaved;
    @FXML private Label memberProblem;
    @FXML private Label memberStatus;
    @FXML private TabPane memberTabs;
    @FXML private Tab memberHistoryTab;
    @FXML private VBox memberForm;
    @FXML private TextField memberTitle;
    @FXML private ComboBox<MemberKind> memberKind;
    @FXML private TextField memberForenames;
    @FXML private TextField memberSurname;
    @FXML private DateField memberTermStart;
    @FXML private DateField memberTermEnd;
    @FXML private TextField memberEmail;
    @FXML private Label memberTitleError;
    @FXML private Label memberKindError;
    @FXML private Label memberForenamesError;
    @FXML private Label memberSurnameError;
    @FXML private Label memberTermStartError;
    @FXML private Label memberTermEndError;
    @FXML private Label memberEmailError;
    @FXML private GridPane memberGroupLines;
    @FXML private Label memberNoGroups;
    @FXML private Label memberGroupsError;
    @FXML private ListView<MemberFormViewModel.WardChoice> memberWards;
    @FXML private Label memberWardsError;
    @FXML private GridPane memberRoleLines;
    @FXML private Label memberNoRoles;
    @FXML private Label memberResponsibilitiesError;
    @FXML private Button memberAddGroup;
    @FXML private Button memberAddRole;
    @FXML private Button memberDelete;
    @FXML private Button memberCancel;
    @FXML private Button memberSave;

    public MembersView(MembersViewModel model) {
        this.model = model;
        this.form = model.form();
        this.root = PeopleViews.load("MembersView.fxml", this);
    }

    @Override
    public Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        bindList();
        bindForm();
        memberHistoryTab.setContent(new HistoryView(form.history()));
        Tab registers = PersonRecordsView.tab(model.records(), "memberRegistersTab");
        registers.disableProperty().bind(form.existingProperty().not());
        memberTabs.getTabs().add(memberTabs.getTabs().indexOf(memberHistoryTab), registers);
        model.setConfirmation(PeopleViews.dialogOver(membersTable));
    }

    private void bindList() {
        membersFilter.textProperty().bindBidirectional(model.filterTextProperty());
        ObservableList<PoliticalGroup> groupChoices = FXCollections.observableArrayList();
        groupChoices.add(null);
        model.groups().addListener((ListChangeListener<PoliticalGroup>) c -> {
            PoliticalGroup wanted = model.groupFilterProperty().get();
            List<PoliticalGroup> all = new ArrayList<>();
            all.add(null);
            all.addAll(model.groups());
            groupChoices.setAll(all);
            memberGroupFilter.setValue(wanted);
        });
        memberGroupFilter.setItems(groupChoices);
        PeopleViews.nullAs(memberGroupFilter, "All groups", PoliticalGroup::name);
        memberGroupFilter.valueProperty().bindBidirectional(model.groupFilterProperty());
        ObservableList<MemberKind> kindChoices = FXCollections.observableArrayList();
        kindChoices.add(null);
        kindChoices.addAll(model.kinds());
        memberKindFilter.setItems(kindChoices);
        PeopleViews.nullAs(memberKindFilter, "All kinds", MemberKind::label);
        memberKindFilter.valueProperty().bindBidirectional(model.kindFilterProperty());
        showLeftMembers.selectedProperty().bindBidirectional(model.showLeftProperty());
        membersSummary.textProperty().bind(model.summaryProperty());

        PeopleViews.value(memberNameColumn, MembersViewModel.MemberRow::name);
        PeopleViews.value(memberGroupColumn, MembersViewModel.MemberRow::group);
        PeopleViews.value(memberWardsColumn, MembersViewModel.MemberRow::wards);
        PeopleViews.value(memberKindColumn, MembersViewModel.MemberRow::kind);
        PeopleViews.date(memberTermEndColumn, MembersViewModel.MemberRow::termEnd);
        PeopleViews.value(memberRolesColumn, MembersViewModel.MemberRow::responsibilities);
        SortedList<MembersViewModel.MemberRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(membersTable.comparatorProperty());
        membersTable.setItems(sorted);
        membersTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        membersTable.setRowFactory(table -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(MembersViewModel.MemberRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("left"),
                        !empty && row != null && row.left());
                setTooltip(!empty && row != null && row.left() ? new Tooltip("Term of office has ended") : null);
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get()
                        ? "Reading members…"
                        : model.loadProblemProperty().get() != null ? model.loadProblemProperty().get()
                        : model.rows().isEmpty() ? "No members yet. Press Ctrl+N to add one."
                        : "No members match the filters.",
                model.loadingProperty(), model.loadProblemProperty(), model.shown()));
        placeholder.setWrapText(true);
        membersTable.setPlaceholder(placeholder);

        membersTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (syncingSelection || now == null) {
                return;
            }
            if (!model.select(now)) {
                Platform.runLater(this::showSelected);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> showSelected());
    }

    private void showSelected() {
        syncingSelection = true;
        try {
            MembersViewModel.MemberRow row = model.selectedProperty().get();
            if (row == null) {
                membersTable.getSelectionModel().clearSelection();
            } else {
                membersTable.getSelectionModel().select(row);
                membersTable.scrollTo(row);
            }
        } finally {
            syncingSelection = false;
        }
    }

    private void bindForm() {
        memberHeading.textProperty().bind(form.headingProperty());
        memberUnsaved.visibleProperty().bind(form.dirtyProperty());
        bindMessage(memberProblem, form.problemProperty());
        bindMessage(memberStatus, form.statusProperty());
        memberTabs.disableProperty().bind(form.editingProperty().not());
        memberHistoryTab.disableProperty().bind(form.existingProperty().not());
        memberSave.disableProperty().bind(form.editingProperty().not().or(form.busyProperty()));
        memberCancel.disableProperty().bind(form.editingProperty().not().or(form.busyProperty()));
        memberDelete.disableProperty().bind(form.existingProperty().not().or(form.busyProperty()));

        memberTitle.textProperty().bindBidirectional(form.titleProperty());
        memberForenames.textProperty().bindBidirectional(form.forenamesProperty());
        memberSurname.textProperty().bindBidirectional(form.surnameProperty());
        memberKind.setItems(form.kinds());
        memberKind.valueProperty().bindBidirectional(form.kindProperty());
        memberTermStart.valueProperty().bindBidirectional(form.termStartProperty());
        memberTermEnd.valueProperty().bindBidirectional(form.termEndProperty());
        memberEmail.textProperty().bindBidirectional(form.emailProperty());
        FieldError.bind(memberTitle, memberTitleError, form.errors().of("title"));
        FieldError.bind(memberKind, memberKindError, form.errors().of("kind"));
        FieldError.bind(memberForenames, memberForenamesError, form.errors().of("forenames"));
        FieldError.bind(memberSurname, memberSurnameError, form.errors().of("surname"));
        FieldError.bind(memberTermStart, memberTermStartError,
                FieldError.forDate(memberTermStart, form.errors().of("termStart")));
        FieldError.bind(memberTermEnd, memberTermEndError,
                FieldError.forDate(memberTermEnd, form.errors().of("termEnd")));
        FieldError.bind(memberEmail, memberEmailError, form.errors().of("email"));
        FieldError.bind(memberGroupLines, memberGroupsError, form.errors().of("groups"));
        FieldError.bind(memberWards, memberWardsError, form.errors().of("wards"));
        FieldError.bind(memberRoleLines, memberResponsibilitiesError, form.errors().of("responsibilities"));

        memberWards.setItems(form.wardChoices());
        memberWards.setCellFactory(CheckBoxListCell.forListView(MemberFormViewModel.WardChoice::chosenProperty));
        memberWards.setPlaceholder(new Label("No wards yet: add them in the Directory."));

        form.groupLines().addListener((ListChangeListener<MemberFormViewModel.GroupLine>) c -> drawGroupLines());
        form.responsibilityLines().addListener(
                (ListChangeListener<MemberFormViewModel.ResponsibilityLine>) c -> drawRoleLines());
        memberNoGroups.visibleProperty().bind(Bindings.isEmpty(form.groupLines()));
        memberNoGroups.managedProperty().bind(memberNoGroups.visibleProperty());
        memberNoRoles.visibleProperty().bind(Bindings.isEmpty(form.responsibilityLines()));
        memberNoRoles.managedProperty().bind(memberNoRoles.visibleProperty());
        drawGroupLines();
        drawRoleLines();
    }

    private static void bindMessage(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isEmpty(),
                text));
        label.managedProperty().bind(label.visibleProperty());
    }

    private void drawGroupLines() {
        memberGroupLines.getChildren().clear();
        if (form.groupLines().isEmpty()) {
            return;
        }
        header(memberGroupLines, "Group", "From", "To");
        int row = 1;
        for (MemberFormViewModel.GroupLine line : form.groupLines()) {
            String id = "memberGroupLine" + (row - 1);
            ComboBox<PoliticalGroup> group = new ComboBox<>(form.groups());
            group.setId(id + "Group");
            group.setPromptText("Choose a group");
            group.setMaxWidth(Double.MAX_VALUE);
            group.setMinWidth(150);
            group.valueProperty().bindBidirectional(line.groupProperty());
            group.setAccessibleText("Group of membership " + row);
            DateField from = dateCell(id + "From", line.fromProperty(), "Start of membership " + row);
            DateField to = dateCell(id + "To", line.toProperty(), "End of membership " + row);
            Button remove = removeButton(id + "Remove", "Remove this group membership",
                    () -> form.removeGroupLine(line));
            memberGroupLines.addRow(row++, group, from, to, remove);
            GridPane.setHgrow(group, Priority.ALWAYS);
        }
    }

    private void drawRoleLines() {
        memberRoleLines.getChildren().clear();
        if (form.responsibilityLines().isEmpty()) {
            return;
        }
        // Two rows per role, so the form still fits beside the list: the role itself, then its
        // service area and dates.
        header(memberRoleLines, "Role and service area", "From", "To");
        int row = 1;
        int number = 1;
        for (MemberFormViewModel.ResponsibilityLine line : form.responsibilityLines()) {
            String id = "memberRoleLine" + (number - 1);
            TextField role = new TextField();
            role.setId(id + "Role");
            role.setPromptText("Role, e.g. Cabinet Member for Housing");
            role.textProperty().bindBidirectional(line.roleProperty());
            role.setAccessibleText("Role " + number);
            ComboBox<ServiceArea> area = new ComboBox<>();
            ObservableList<ServiceArea> areas = FXCollections.observableArrayList();
            areas.add(null);
            areas.addAll(form.serviceAreas());
            area.setItems(areas);
            PeopleViews.nullAs(area, "No service area", ServiceArea::name);
            area.setId(id + "Area");
            area.setPromptText("No service area");
            area.setMaxWidth(Double.MAX_VALUE);
            area.valueProperty().bindBidirectional(line.serviceAreaProperty());
            area.setAccessibleText("Service area of role " + number);
            DateField from = dateCell(id + "From", line.fromProperty(), "Start of role " + number);
            DateField to = dateCell(id + "To", line.toProperty(), "End of role " + number);
            Button remove = removeButton(id + "Remove", "Remove this special responsibility",
                    () -> form.removeResponsibilityLine(line));
            memberRoleLines.add(role, 0, row, 3, 1);
            memberRoleLines.add(remove, 3, row);
            memberRoleLines.addRow(row + 1, area, from, to);
            GridPane.setHgrow(role, Priority.ALWAYS);
            GridPane.setHgrow(area, Priority.ALWAYS);
            if (number > 1) {
                GridPane.setMargin(role, new javafx.geometry.Insets(10, 0, 0, 0));
                GridPane.setMargin(remove, new javafx.geometry.Insets(10, 0, 0, 0));
            }
            row += 2;
            number++;
        }
    }

    private static void header(GridPane grid, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            Label label = new Label(titles[i]);
            label.getStyleClass().add("text-muted");
            grid.add(label, i, 0);
        }
    }

    private static DateField dateCell(String id, javafx.beans.property.ObjectProperty<LocalDate> value,
                                      String accessibleText) {
        DateField field = new DateField();
        field.setId(id);
        field.setPrefWidth(160);
        field.setMinWidth(155);
        field.valueProperty().bindBidirectional(value);
        field.setAccessibleText(accessibleText);
        return field;
    }

    private static Button removeButton(String id, String text, Runnable action) {
        Button button = new Button(null, new FontIcon(Material2OutlinedAL.DELETE));
        button.setId(id);
        button.getStyleClass().addAll("button-icon", "flat");
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
        button.setOnAction(e -> action.run());
        return button;
    }

    // Actions forwarded from buttons and from the shell's shortcuts

    @FXML
    @Override
    public void newPerson() {
        if (model.newMember()) {
            memberTabs.getSelectionModel().selectFirst();
            memberForenames.requestFocus();
        }
    }

    @FXML
    @Override
    public void save() {
        if (PeopleViews.readTypedDates(memberForm)) {
            model.save();
        }
    }

    @FXML
    void cancel() {
        model.cancel();
    }

    @FXML
    void delete() {
        model.delete();
    }

    @FXML
    private void addGroup() {
        form.addGroupLine();
        Node added = memberGroupLines.lookup("#memberGroupLine" + (form.groupLines().size() - 1) + "Group");
        if (added != null) {
            added.requestFocus();
        }
    }

    @FXML
    private void addRole() {
        form.addResponsibilityLine();
        Node added = memberRoleLines.lookup("#memberRoleLine" + (form.responsibilityLines().size() - 1) + "Role");
        if (added != null) {
            added.requestFocus();
        }
    }

    @Override
    public void find() {
        membersFilter.requestFocus();
        membersFilter.selectAll();
    }
}
