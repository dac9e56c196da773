package org.probity.people.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.probity.people.Directorate;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.ServiceArea;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Confirmation;
import org.probity.ui.SearchHit;

/**
 * The Officers screen: the filtered list of officers and the officer being edited. Large
 * authorities have tens of thousands of officers, so everything the filter looks at is worked
 * out once, in the background, and typing only re-tests rows already in memory.
 */
public final class OfficersViewModel implements PersonListModel {

    public static final String SECTION_ID = "officers";
    private static final int MAX_HITS = 8;

    /** One officer as the list shows it. */
    public record OfficerRow(Officer officer, String staffNumber, String name, String post, String directorate,
                             String serviceArea, int tier, String lineManager, String statutoryRole,
                             LocalDate leaveDate, boolean left, String searchKey) {

        public long id() {
            return officer.id();
        }
    }

    private record Loaded(List<OfficerRow> rows, List<Directorate> directorates, List<ServiceArea> areas,
                          List<OfficerFormViewModel.OfficerChoice> managers, Map<Long, String> names,
                          LocalDate today) {
    }

    private final PeopleService people;
    private final BackgroundTasks tasks;
    private final PersonRecordsViewModel records;
    private final OfficerFormViewModel form;
    private Confirmation confirmation = Confirmation.ALWAYS;

    private final ObservableList<OfficerRow> rows = FXCollections.observableArrayList();
    private final FilteredList<OfficerRow> shown = new FilteredList<>(rows, r -> !r.left());
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<Directorate> directorateFilter = new SimpleObjectProperty<>(this,
            "directorateFilter");
    private final ObjectProperty<Integer> tierFilter = new SimpleObjectProperty<>(this, "tierFilter");
    private final BooleanProperty statutoryOnly = new SimpleBooleanProperty(this, "statutoryOnly");
    private final BooleanProperty showLeft = new SimpleBooleanProperty(this, "showLeft");
    private final ObservableList<Directorate> directorates = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<OfficerRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper loadProblem = new ReadOnlyStringWrapper(this, "loadProblem");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    private Map<Long, String> directorateNames = Map.of();
    private Map<Long, String> areaNames = Map.of();
    private Map<Long, String> officerNames = new HashMap<>();
    private LocalDate today;
    private Long pendingReveal;

    public OfficersViewModel(PeopleService people, BackgroundTasks tasks) {
        this(people, tasks, new PersonRecordsViewModel(java.util.List.of(), tasks, (section, record) -> { }));
    }

    /** {@code records} lists what the registers hold about the selected officer. */
    public OfficersViewModel(PeopleService people, BackgroundTasks tasks, PersonRecordsViewModel records) {
        this.records = records;
        selected.addListener((obs, was, now) -> {
            if (now == null) {
                records.clear();
            } else if (was == null || was.id() != now.id()) {
                records.show(org.probity.people.PersonRef.officer(now.id()));
            }
        });
        this.people = people;
        this.tasks = tasks;
        this.form = new OfficerFormViewModel(people, tasks);
        this.today = people.today();
        form.whenSaved(this::saved);
        form.whenDeleted(this::deleted);
        filterText.addListener(obs -> refilter());
        directorateFilter.addListener(obs -> refilter());
        tierFilter.addListener(obs -> refilter());
        statutoryOnly.addListener(obs -> refilter());
        showLeft.addListener(obs -> refilter());
        shown.addListener((ListChangeListener<OfficerRow>) c -> updateSummary());
    }

    public void setConfirmation(Confirmation confirmation) {
        this.confirmation = Objects.requireNonNull(confirmation);
    }

    /** "Patel, Ravi – Head of Housing (E002)": how an officer is offered as a line manager. */
    static String choiceLabel(Officer o) {
        return o.sortName() + " – " + o.post() + " (" + o.staffNumber() + ")";
    }

    // Commands

    @Override
    public void load() {
        loading.set(true);
        loadProblem.set(null);
        tasks.run("Reading officers", this::read, loaded -> {
            loading.set(false);
            today = loaded.today();
            directorateNames = loaded.directorates().stream()
                    .collect(Collectors.toMap(Directorate::id, Directorate::name));
            areaNames = loaded.areas().stream().collect(Collectors.toMap(ServiceArea::id, ServiceArea::name));
            officerNames = new HashMap<>(loaded.names());
            Directorate wanted = directorateFilter.get();
            directorates.setAll(loaded.directorates());
            directorateFilter.set(wanted == null ? null : loaded.directorates().stream()
                    .filter(d -> d.id().equals(wanted.id())).findFirst().orElse(null));
            Long keep = selected.get() == null ? null : selected.get().id();
            rows.setAll(loaded.rows());
            form.setChoices(loaded.directorates(), loaded.areas(), loaded.managers(), labels());
            if (keep != null) {
                selected.set(find(keep));
            }
            updateSummary();
            if (pendingReveal != null) {
                long id = pendingReveal;
                pendingReveal = null;
                reveal(id);
            }
        }, error -> {
            loading.set(false);
            loadProblem.set("The officers could not be read. " + StorageMessages.describe(error));
        });
    }

    private Loaded read() {
        List<Directorate> directorateList = people.directorates();
        List<ServiceArea> areaList = people.serviceAreas();
        List<Officer> officers = people.officers();
        LocalDate day = people.today();
        Map<Long, String> dNames = directorateList.stream().collect(Collectors.toMap(Directorate::id,
                Directorate::name));
        Map<Long, String> aNames = areaList.stream().collect(Collectors.toMap(ServiceArea::id, ServiceArea::name));
        Map<Long, String> names = new HashMap<>();
        officers.forEach(o -> names.put(o.id(), o.displayName()));
        List<OfficerRow> list = new ArrayList<>(officers.size());
        List<OfficerFormViewModel.OfficerChoice> managers = new ArrayList<>();
        for (Officer o : officers) {
            list.add(row(o, day, dNames, aNames, names));
            if (!o.hasLeftBy(day)) {
                managers.add(new OfficerFormViewModel.OfficerChoice(o.id(), choiceLabel(o)));
            }
        }
        list.sort(Comparator.comparing(OfficerRow::name, String.CASE_INSENSITIVE_ORDER));
        managers.sort(Comparator.comparing(OfficerFormViewModel.OfficerChoice::label, String.CASE_INSENSITIVE_ORDER));
        return new Loaded(list, directorateList, areaList, managers, names, day);
    }

    private static OfficerRow row(Officer o, LocalDate day, Map<Long, String> directorateNames,
                                  Map<Long, String> areaNames, Map<Long, String> officerNames) {
        String name = o.sortName();
        String key = (o.staffNumber() + "\n" + o.displayName() + "\n" + name + "\n" + o.post())
                .toLowerCase(Locale.UK);
        return new OfficerRow(o, o.staffNumber(), name, o.post(),
                o.directorateId() == null ? "" : directorateNames.getOrDefault(o.directorateId(), ""),
                o.serviceAreaId() == null ? "" : areaNames.getOrDefault(o.serviceAreaId(), ""), o.tier(),
                o.lineManagerId() == null ? "" : officerNames.getOrDefault(o.lineManagerId(), ""),
                o.statutoryRole() == null ? "" : o.statutoryRole().label(), o.leaveDate(), o.hasLeftBy(day), key);
    }

    private Map<Long, String> labels() {
        Map<Long, String> labels = new HashMap<>();
        rows.forEach(r -> labels.put(r.id(), choiceLabel(r.officer())));
        return labels;
    }

    public boolean select(OfficerRow row) {
        if (row == null || (selected.get() != null && selected.get().id() == row.id() && form.isOriginal(row.id()))) {
            return true;
        }
        if (!mayDiscardChanges()) {
            return false;
        }
        selected.set(row);
        form.edit(row.officer());
        return true;
    }

    public boolean newOfficer() {
        if (!mayDiscardChanges()) {
            return false;
        }
        selected.set(null);
        form.newOfficer();
        return true;
    }

    public void save() {
        form.save();
    }

    @Override
    public void cancel() {
        form.cancel();
    }

    public void delete() {
        Officer officer = form.original();
        if (officer != null && confirmation.confirm("Delete officer", "Delete " + officer.displayName()
                + "? Their history is kept, and anyone they manage is left without a line manager. "
                + "An officer who has simply left should be given a leaving date instead.")) {
            form.delete();
        }
    }

    private boolean mayDiscardChanges() {
        return !form.hasUnsavedChanges() || confirmation.confirm("Unsaved changes",
                "You have not saved your changes to " + form.headingProperty().get() + ". Discard them?");
    }

    @Override
    public void reveal(long id) {
        if (rows.isEmpty() && loading.get()) {
            pendingReveal = id;
            return;
        }
        OfficerRow row = find(id);
        if (row == null) {
            return;
        }
        if (!shown.contains(row)) {
            filterText.set("");
            directorateFilter.set(null);
            tierFilter.set(null);
            statutoryOnly.set(false);
            if (row.left()) {
                showLeft.set(true);
            }
        }
        select(row);
    }

    /** Officers whose name, post or staff number contains the text. Safe away from the JavaFX thread. */
    @Override
    public List<SearchHit> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String wanted = text.trim().toLowerCase(Locale.UK);
        LocalDate day = people.today();
        return people.officers().stream()
                .filter(o -> (o.staffNumber() + "\n" + o.displayName() + "\n" + o.sortName() + "\n" + o.post())
                        .toLowerCase(Locale.UK).contains(wanted))
                .sorted(Comparator.comparing((Officer o) -> o.hasLeftBy(day))
                        .thenComparing(Officer::sortName, String.CASE_INSENSITIVE_ORDER))
                .limit(MAX_HITS)
                .map(o -> new SearchHit(SECTION_ID, String.valueOf(o.id()), o.displayName(),
                        "Officer · " + o.post() + " · " + o.staffNumber() + (o.hasLeftBy(day) ? " · left" : "")))
                .toList();
    }

    private void saved(Officer officer) {
        String oldName = officerNames.put(officer.id(), officer.displayName());
        OfficerRow row = row(officer, today, directorateNames, areaNames, officerNames);
        int index = indexOf(officer.id());
        if (index >= 0) {
            rows.set(index, row);
        } else {
            rows.add(row);
        }
        if (!officer.displayName().equals(oldName)) {
            // The people they manage show the new name as their line manager.
            for (int i = 0; i < rows.size(); i++) {
                if (Objects.equals(rows.get(i).officer().lineManagerId(), officer.id())) {
                    rows.set(i, row(rows.get(i).officer(), today, directorateNames, areaNames, officerNames));
                }
            }
        }
        List<OfficerFormViewModel.OfficerChoice> managers = new ArrayList<>(form.managers());
        managers.removeIf(m -> m.id() == officer.id());
        if (!officer.hasLeftBy(today)) {
            managers.add(new OfficerFormViewModel.OfficerChoice(officer.id(), choiceLabel(officer)));
            managers.sort(Comparator.comparing(OfficerFormViewModel.OfficerChoice::label,
                    String.CASE_INSENSITIVE_ORDER));
        }
        form.setChoices(List.copyOf(form.directorates()), List.copyOf(form.serviceAreas()), managers, labels());
        selected.set(row);
        if (row.left() && !showLeft.get()) {
            showLeft.set(true);
        }
    }

    private void deleted(long id) {
        int index = indexOf(id);
        if (index >= 0) {
            rows.remove(index);
        }
        officerNames.remove(id);
        for (int i = 0; i < rows.size(); i++) {
            Officer o = rows.get(i).officer();
            if (Objects.equals(o.lineManagerId(), id)) {
                rows.set(i, row(o.withLineManager(null), today, directorateNames, areaNames, officerNames));
            }
        }
        List<OfficerFormViewModel.OfficerChoice> managers = new ArrayList<>(form.managers());
        managers.removeIf(m -> m.id() == id);
        form.setChoices(List.copyOf(form.directorates()), List.copyOf(form.serviceAreas()), managers, labels());
        selected.set(null);
    }

    private int indexOf(long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private OfficerRow find(long id) {
        int index = indexOf(id);
        return index < 0 ? null : rows.get(index);
    }

    private void refilter() {
        String text = filterText.get() == null ? "" : filterText.get().trim().toLowerCase(Locale.UK);
        Directorate directorate = directorateFilter.get();
        Integer tier = tierFilter.get();
        boolean statutory = statutoryOnly.get();
        boolean withLeft = showLeft.get();
        Predicate<OfficerRow> predicate = r -> (withLeft || !r.left())
                && (directorate == null || directorate.id().equals(r.officer().directorateId()))
                && (tier == null || tier == r.tier())
                && (!statutory || r.officer().statutoryRole() != null)
                && (text.isEmpty() || r.searchKey().contains(text));
        shown.setPredicate(predicate);
        updateSummary();
    }

    private void updateSummary() {
        long left = rows.stream().filter(OfficerRow::left).count();
        String hidden = !showLeft.get() && left > 0 ? " (" + left + " who have left hidden)" : "";
        summary.set(String.format(Locale.UK, "%,d of %,d officers%s", shown.size(), rows.size(), hidden));
    }

    // Property accessors

    public ObservableList<OfficerRow> rows() {
        return rows;
    }

    public FilteredList<OfficerRow> shown() {
        return shown;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<Directorate> directorateFilterProperty() {
        return directorateFilter;
    }

    public ObjectProperty<Integer> tierFilterProperty() {
        return tierFilter;
    }

    public BooleanProperty statutoryOnlyProperty() {
        return statutoryOnly;
    }

    public BooleanProperty showLeftProperty() {
        return showLeft;
    }

    public ObservableList<Directorate> directorates() {
        return directorates;
    }

    public ReadOnlyObjectProperty<OfficerRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadProblemProperty() {
        return loadProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public OfficerFormViewModel form() {
        return form;
    }

    /** The Registers tab: the selected officer's records in every register. */
    public PersonRecordsViewModel records() {
        return records;
    }
}
