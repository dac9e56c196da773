package org.probity.people.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
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
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.probity.people.Directorate;
import org.probity.people.ServiceArea;
import org.probity.people.StatutoryRole;
import org.probity.ui.DateField;
import org.probity.ui.FieldError;
import org.probity.ui.HistoryView;

/** The Officers screen: list and filters on the left, the officer's form and history on the right. */
public final class OfficersView implements PersonListView {

    private static final PseudoClass LEFT = PseudoClass.getPseudoClass("left");

    private final OfficersViewModel model;
    private final OfficerFormViewModel form;
    private final SplitPane root;
    private boolean syncingSelection;

    @FXML private TextField officersFilter;
    @FXML private ComboBox<Directorate> officerDirectorateFilter;
    @FXML private ComboBox<Integer> officerTierFilter;
    @FXML private CheckBox statutoryOfficersOnly;
    @FXML private CheckBox showLeftOfficers;
    @FXML private Label officersSummary;
    @FXML private TableView<OfficersViewModel.OfficerRow> officersTable;
    @FXML private TableColumn<OfficersViewModel.OfficerRow, String> officerStaffNumberColumn;
    @FXML private TableColumn<OfficersViewModel.OfficerRow, String> officerNameColumn;
    @FXML private TableColumn<OfficersViewModel.OfficerRow, String> officerPostColumn;
    @FXML private TableColumn<OfficersViewModel.OfficerRow, String> officerDirectorateColumn;
    @FXML private TableColumn<OfficersViewModel.OfficerRow, String> officerAreaColumn;
    @FXML private TableColumn<OfficersViewModel.OfficerRow, Integer> officerTierColumn;
    @FXML private TableColumn<OfficersViewModel.OfficerRow, String> officerManagerColumn;
    @FXML private TableColumn<OfficersViewModel.OfficerRow, String> officerRoleColumn;
    @FXML private TableColumn<OfficersViewModel.OfficerRow, LocalDate> officerLeftColumn;
    @FXML private Label officerHeading;
    @FXML private Label officerUnsaved;
    @FXML private Label officerProblem;
    @FXML private Label officerStatus;
    @FXML private TabPane officerTabs;
    @FXML private Tab officerHistoryTab;
    @FXML private VBox officerForm;
    @FXML private TextField officerStaffNumber;
    @FXML private TextField officerForenames;
    @FXML private TextField officerSurname;
    @FXML private TextField officerPost;
    @FXML private ComboBox<Directorate> officerDirectorate;
    @FXML private ComboBox<ServiceArea> officerServiceArea;
    @FXML private ComboBox<Integer> officerTier;
    @FXML private SearchableComboBox<OfficerFormViewModel.OfficerChoice> officerLineManager;
    @FXML private Button officerClearLineManager;
    @FXML private CheckBox officerPoliticallyRestricted;
    @FXML private ComboBox<StatutoryRole> officerStatutoryRole;
    @FXML private DateField officerStartDate;
    @FXML private DateField officerLeaveDate;
    @FXML private TextField officerEmail;
    @FXML private Label officerStaffNumberError;
    @FXML private Label officerForenamesError;
    @FXML private Label officerSurnameError;
    @FXML private Label officerPostError;
    @FXML private Label officerDirectorateError;
    @FXML private Label officerServiceAreaError;
    @FXML private Label officerTierError;
    @FXML private Label officerLineManagerError;
    @FXML private Label officerPoliticallyRestrictedError;
    @FXML private Label officerStatutoryRoleError;
    @FXML private Label officerStartDateError;
    @FXML private Label officerLeaveDateError;
    @FXML private Label officerEmailError;
    @FXML private Button officerDelete;
    @FXML private Button officerCancel;
    @FXML private Button officerSave;

    public OfficersView(OfficersViewModel model) {
        this.model = model;
        this.form = model.form();
        this.root = PeopleViews.load("OfficersView.fxml", this);
    }

    @Override
    public Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        bindList();
        bindForm();
        officerHistoryTab.setContent(new HistoryView(form.history()));
        Tab registers = PersonRecordsView.tab(model.records(), "officerRegistersTab");
        registers.disableProperty().bind(form.existingProperty().not());
        officerTabs.getTabs().add(officerTabs.getTabs().indexOf(officerHistoryTab), registers);
        model.setConfirmation(PeopleViews.dialogOver(officersTable));
    }

    private void bindList() {
        officersFilter.textProperty().bindBidirectional(model.filterTextProperty());
        ObservableList<Directorate> directorateChoices = FXCollections.observableArrayList();
        directorateChoices.add(null);
        model.directorates().addListener((ListChangeListener<Directorate>) c -> {
            Directorate wanted = model.directorateFilterProperty().get();
            List<Directorate> all = new ArrayList<>();
            all.add(null);
            all.addAll(model.directorates());
            directorateChoices.setAll(all);
            officerDirectorateFilter.setValue(wanted);
        });
        officerDirectorateFilter.setItems(directorateChoices);
        PeopleViews.nullAs(officerDirectorateFilter, "All directorates", Directorate::name);
        officerDirectorateFilter.valueProperty().bindBidirectional(model.directorateFilterProperty());
        ObservableList<Integer> tierChoices = FXCollections.observableArrayList();
        tierChoices.add(null);
        tierChoices.addAll(form.tiers());
        officerTierFilter.setItems(tierChoices);
        PeopleViews.nullAs(officerTierFilter, "All tiers", OfficerFormViewModel::tierLabel);
        officerTierFilter.valueProperty().bindBidirectional(model.tierFilterProperty());
        statutoryOfficersOnly.selectedProperty().bindBidirectional(model.statutoryOnlyProperty());
        showLeftOfficers.selectedProperty().bindBidirectional(model.showLeftProperty());
        officersSummary.textProperty().bind(model.summaryProperty());

        PeopleViews.value(officerStaffNumberColumn, OfficersViewModel.OfficerRow::staffNumber);
        PeopleViews.value(officerNameColumn, OfficersViewModel.OfficerRow::name);
        PeopleViews.value(officerPostColumn, OfficersViewModel.OfficerRow::post);
        PeopleViews.value(officerDirectorateColumn, OfficersViewModel.OfficerRow::directorate);
        PeopleViews.value(officerAreaColumn, OfficersViewModel.OfficerRow::serviceArea);
        PeopleViews.value(officerTierColumn, OfficersViewModel.OfficerRow::tier);
        PeopleViews.value(officerManagerColumn, OfficersViewModel.OfficerRow::lineManager);
        PeopleViews.value(officerRoleColumn, OfficersViewModel.OfficerRow::statutoryRole);
        PeopleViews.date(officerLeftColumn, OfficersViewModel.OfficerRow::leaveDate);
        SortedList<OfficersViewModel.OfficerRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(officersTable.comparatorProperty());
        officersTable.setItems(sorted);
        officersTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        officersTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(OfficersViewModel.OfficerRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(LEFT, !empty && row != null && row.left());
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get()
                        ? "Reading officers…"
                        : model.loadProblemProperty().get() != null ? model.loadProblemProperty().get()
                        : model.rows().isEmpty() ? "No officers yet. Press Ctrl+N to add one."
                        : "No officers match the filters.",
                model.loadingProperty(), model.loadProblemProperty(), model.shown()));
        placeholder.setWrapText(true);
        officersTable.setPlaceholder(placeholder);

        officersTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
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
            OfficersViewModel.OfficerRow row = model.selectedProperty().get();
            if (row == null) {
                officersTable.getSelectionModel().clearSelection();
            } else {
                officersTable.getSelectionModel().select(row);
                officersTable.scrollTo(row);
            }
        } finally {
            syncingSelection = false;
        }
    }

    private void bindForm() {
        officerHeading.textProperty().bind(form.headingProperty());
        officerUnsaved.visibleProperty().bind(form.dirtyProperty());
        bindMessage(officerProblem, form.problemProperty());
        bindMessage(officerStatus, form.statusProperty());
        officerTabs.disableProperty().bind(form.editingProperty().not());
        officerHistoryTab.disableProperty().bind(form.existingProperty().not());
        officerSave.disableProperty().bind(form.editingProperty().not().or(form.busyProperty()));
        officerCancel.disableProperty().bind(form.editingProperty().not().or(form.busyProperty()));
        officerDelete.disableProperty().bind(form.existingProperty().not().or(form.busyProperty()));

        officerStaffNumber.textProperty().bindBidirectional(form.staffNumberProperty());
        officerForenames.textProperty().bindBidirectional(form.forenamesProperty());
        officerSurname.textProperty().bindBidirectional(form.surnameProperty());
        officerPost.textProperty().bindBidirectional(form.postProperty());
        officerDirectorate.setItems(withNone(form.directorates()));
        PeopleViews.nullAs(officerDirectorate, "None", Directorate::name);
        officerDirectorate.valueProperty().bindBidirectional(form.directorateProperty());
        officerServiceArea.setItems(withNone(form.serviceAreas()));
        PeopleViews.nullAs(officerServiceArea, "None", ServiceArea::name);
        officerServiceArea.valueProperty().bindBidirectional(form.serviceAreaProperty());
        officerTier.setItems(form.tiers());
        PeopleViews.nullAs(officerTier, "", OfficerFormViewModel::tierLabel);
        officerTier.valueProperty().bindBidirectional(form.tierProperty());
        officerLineManager.setItems(form.managers());
        officerLineManager.valueProperty().bindBidirectional(form.lineManagerProperty());
        officerClearLineManager.disableProperty().bind(form.lineManagerProperty().isNull());
        officerPoliticallyRestricted.selectedProperty().bindBidirectional(form.politicallyRestrictedProperty());
        officerStatutoryRole.setItems(withNone(form.statutoryRoles()));
        PeopleViews.nullAs(officerStatutoryRole, "None", StatutoryRole::label);
        officerStatutoryRole.valueProperty().bindBidirectional(form.statutoryRoleProperty());
        officerStartDate.valueProperty().bindBidirectional(form.startDateProperty());
        officerLeaveDate.valueProperty().bindBidirectional(form.leaveDateProperty());
        officerEmail.textProperty().bindBidirectional(form.emailProperty());

        FieldError.bind(officerStaffNumber, officerStaffNumberError, form.errors().of("staffNumber"));
        FieldError.bind(officerForenames, officerForenamesError, form.errors().of("forenames"));
        FieldError.bind(officerSurname, officerSurnameError, form.errors().of("surname"));
        FieldError.bind(officerPost, officerPostError, form.errors().of("post"));
        FieldError.bind(officerDirectorate, officerDirectorateError, form.errors().of("directorate"));
        FieldError.bind(officerServiceArea, officerServiceAreaError, form.errors().of("serviceArea"));
        FieldError.bind(officerTier, officerTierError, form.errors().of("tier"));
        FieldError.bind(officerLineManager, officerLineManagerError, form.errors().of("lineManager"));
        FieldError.bind(officerPoliticallyRestricted, officerPoliticallyRestrictedError,
                form.errors().of("politicallyRestricted"));
        FieldError.bind(officerStatutoryRole, officerStatutoryRoleError, form.errors().of("statutoryRole"));
        FieldError.bind(officerStartDate, officerStartDateError,
                FieldError.forDate(officerStartDate, form.errors().of("startDate")));
        FieldError.bind(officerLeaveDate, officerLeaveDateError,
                FieldError.forDate(officerLeaveDate, form.errors().of("leaveDate")));
        FieldError.bind(officerEmail, officerEmailError, form.errors().of("email"));
    }

    /** A copy of {@code choices} that starts with "None" (null) and follows later changes. */
    private static <T> ObservableList<T> withNone(ObservableList<T> choices) {
        ObservableList<T> withNone = FXCollections.observableArrayList();
        Runnable copy = () -> {
            List<T> all = new ArrayList<>();
            all.add(null);
            all.addAll(choices);
            withNone.setAll(all);
        };
        copy.run();
        choices.addListener((ListChangeListener<T>) c -> copy.run());
        return withNone;
    }

    private static void bindMessage(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isEmpty(),
                text));
        label.managedProperty().bind(label.visibleProperty());
    }

    // Actions forwarded from buttons and from the shell's shortcuts

    @FXML
    @Override
    public void newPerson() {
        if (model.newOfficer()) {
            officerTabs.getSelectionModel().selectFirst();
            officerStaffNumber.requestFocus();
        }
    }

    @FXML
    @Override
    public void save() {
        if (PeopleViews.readTypedDates(officerForm)) {
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
    private void clearLineManager() {
        form.lineManagerProperty().set(null);
    }

    @Override
    public void find() {
        officersFilter.requestFocus();
        officersFilter.selectAll();
    }
}
