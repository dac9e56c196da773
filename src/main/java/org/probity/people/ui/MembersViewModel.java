package org.probity.people.ui;

import java.time.LocalDate;
import java.util.Comparator;
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
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.PeopleService;
import org.probity.people.PoliticalGroup;
import org.probity.people.ServiceArea;
import org.probity.people.SpecialResponsibility;
import org.probity.people.Ward;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Confirmation;
import org.probity.ui.SearchHit;

/** The Members screen: the filtered list of members and the member being edited. */
public final class MembersViewModel implements PersonListModel {

    public static final String SECTION_ID = "members";
    private static final int MAX_HITS = 8;

    /** One member as the list shows it; {@code searchKey} is worked out once so filtering is quick. */
    public record MemberRow(Member member, String name, String group, Long groupId, String wards, String kind,
                            LocalDate termEnd, String responsibilities, boolean left, String searchKey) {

        public long id() {
            return member.id();
        }
    }

    private record Loaded(List<MemberRow> rows, List<PoliticalGroup> groups, List<Ward> wards,
                          List<ServiceArea> areas, LocalDate today) {
    }

    private final PeopleService people;
    private final BackgroundTasks tasks;
    private final PersonRecordsViewModel records;
    private final MemberFormViewModel form;
    private Confirmation confirmation = Confirmation.ALWAYS;

    // Properties
    private final ObservableList<MemberRow> rows = FXCollections.observableArrayList();
    private final FilteredList<MemberRow> shown = new FilteredList<>(rows, r -> !r.left());
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<PoliticalGroup> groupFilter = new SimpleObjectProperty<>(this, "groupFilter");
    private final ObjectProperty<MemberKind> kindFilter = new SimpleObjectProperty<>(this, "kindFilter");
    private final BooleanProperty showLeft = new SimpleBooleanProperty(this, "showLeft");
    private final ObservableList<PoliticalGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<MemberKind> kinds = FXCollections.observableArrayList(MemberKind.values());
    private final ReadOnlyObjectWrapper<MemberRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper loadProblem = new ReadOnlyStringWrapper(this, "loadProblem");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    private volatile Map<Long, String> groupNames = Map.of();
    private volatile Map<Long, String> wardNames = Map.of();
    private volatile Map<Long, String> areaNames = Map.of();
    private LocalDate today;
    private Long pendingReveal;

    public MembersViewModel(PeopleService people, BackgroundTasks tasks) {
        this(people, tasks, new PersonRecordsViewModel(java.util.List.of(), tasks, (section, record) -> { }));
    }

    /** {@code records} lists what the registers hold about the selected member. */
    public MembersViewModel(PeopleService people, BackgroundTasks tasks, PersonRecordsViewModel records) {
        this.records = records;
        selected.addListener((obs, was, now) -> {
            if (now == null) {
                records.clear();
            } else if (was == null || was.id() != now.id()) {
                records.show(org.probity.people.PersonRef.member(now.id()));
            }
        });
        this.people = people;
        this.tasks = tasks;
        this.form = new MemberFormViewModel(people, tasks);
        this.today = people.today();
        form.whenSaved(this::saved);
        form.whenDeleted(this::deleted);
        filterText.addListener(obs -> refilter());
        groupFilter.addListener(obs -> refilter());
        kindFilter.addListener(obs -> refilter());
        showLeft.addListener(obs -> refilter());
        shown.addListener((javafx.collections.ListChangeListener<MemberRow>) c -> updateSummary());
    }

    /** How the screen asks before unsaved changes are thrown away or a member is deleted. */
    public void setConfirmation(Confirmation confirmation) {
        this.confirmation = Objects.requireNonNull(confirmation);
    }

    // Commands

    /** Reads the members and the lists the form chooses from, in the background. */
    @Override
    public void load() {
        loading.set(true);
        loadProblem.set(null);
        tasks.run("Reading members", this::read, loaded -> {
            loading.set(false);
            today = loaded.today();
            form.setChoices(loaded.groups(), loaded.wards(), loaded.areas());
            PoliticalGroup wantedGroup = groupFilter.get();
            groups.setAll(loaded.groups());
            groupFilter.set(wantedGroup == null ? null : loaded.groups().stream()
                    .filter(g -> g.id().equals(wantedGroup.id())).findFirst().orElse(null));
            Long keep = selected.get() == null ? null : selected.get().id();
            rows.setAll(loaded.rows());
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
            loadProblem.set("The members could not be read. " + StorageMessages.describe(error));
        });
    }

    private Loaded read() {
        List<PoliticalGroup> groupList = people.groups();
        List<Ward> wardList = people.wards();
        List<ServiceArea> areaList = people.serviceAreas();
        LocalDate day = people.today();
        groupNames = groupList.stream().collect(Collectors.toMap(PoliticalGroup::id, PoliticalGroup::name));
        wardNames = wardList.stream().collect(Collectors.toMap(Ward::id, Ward::name));
        areaNames = areaList.stream().collect(Collectors.toMap(ServiceArea::id, ServiceArea::name));
        List<MemberRow> list = people.members().stream().map(m -> row(m, day))
                .sorted(Comparator.comparing(MemberRow::name, String.CASE_INSENSITIVE_ORDER)).toList();
        return new Loaded(list, groupList, wardList, areaList, day);
    }

    private MemberRow row(Member m, LocalDate day) {
        Long groupId = m.groupOn(day).orElse(null);
        String group = groupId == null ? "" : groupNames.getOrDefault(groupId, "");
        String wards = m.wardIds().stream().map(id -> wardNames.getOrDefault(id, "")).sorted()
                .collect(Collectors.joining(", "));
        String roles = m.responsibilitiesOn(day).stream().map(r -> role(r)).collect(Collectors.joining("; "));
        String name = m.sortName() + (m.title() == null ? "" : " (" + m.title() + ")");
        String key = String.join("\n", m.displayName(), m.sortName(), group, wards, roles,
                m.email() == null ? "" : m.email()).toLowerCase(Locale.UK);
        return new MemberRow(m, name, group, groupId, wards, m.kind().label(), m.termEnd(), roles, m.hasLeftBy(day),
                key);
    }

    private String role(SpecialResponsibility r) {
        return r.role() + (r.serviceAreaId() == null ? "" : " (" + areaNames.getOrDefault(r.serviceAreaId(), "")
                + ")");
    }

    /**
     * Opens a member in the form. Returns false, leaving the form as it was, if there are
     * unsaved changes the user chose to keep.
     */
    public boolean select(MemberRow row) {
        if (row == null || (selected.get() != null && selected.get().id() == row.id() && form.editingProperty().get()
                && form.existingProperty().get())) {
            return true;
        }
        if (!mayDiscardChanges()) {
            return false;
        }
        selected.set(row);
        form.edit(row.member());
        return true;
    }

    /** Ctrl+N: an empty form for a new member. */
    public boolean newMember() {
        if (!mayDiscardChanges()) {
            return false;
        }
        selected.set(null);
        form.newMember();
        return true;
    }

    public void save() {
        form.save();
    }

    @Override
    public void cancel() {
        form.cancel();
    }

    /** Asks, then deletes the member being edited. */
    public void delete() {
        Member member = form.original();
        if (member != null && confirmation.confirm("Delete member", "Delete " + member.displayName()
                + "? Their history is kept, but they will no longer appear in the registers' choices. "
                + "A member who has simply left should be given a term end date instead.")) {
            form.delete();
        }
    }

    private boolean mayDiscardChanges() {
        return !form.hasUnsavedChanges() || confirmation.confirm("Unsaved changes", "You have not saved your changes to "
                + form.headingProperty().get() + ". Discard them?");
    }

    /** Shows the member with this id, clearing any filter that hides them. */
    @Override
    public void reveal(long id) {
        if (rows.isEmpty() && loading.get()) {
            pendingReveal = id;
            return;
        }
        MemberRow row = find(id);
        if (row == null) {
            return;
        }
        if (!shown.contains(row)) {
            filterText.set("");
            groupFilter.set(null);
            kindFilter.set(null);
            if (row.left()) {
                showLeft.set(true);
            }
        }
        select(row);
    }

    /** Members whose name, group, ward or role contains the text. Safe to call away from the JavaFX thread. */
    @Override
    public List<SearchHit> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String wanted = text.trim().toLowerCase(Locale.UK);
        LocalDate day = people.today();
        Map<Long, String> names = people.groups().stream()
                .collect(Collectors.toMap(PoliticalGroup::id, PoliticalGroup::name));
        return people.members().stream()
                .filter(m -> (m.displayName() + "\n" + m.sortName()).toLowerCase(Locale.UK).contains(wanted))
                .sorted(Comparator.comparing(Member::sortName, String.CASE_INSENSITIVE_ORDER))
                .limit(MAX_HITS)
                .map(m -> new SearchHit(SECTION_ID, String.valueOf(m.id()), m.displayName(),
                        detail(m, day, names)))
                .toList();
    }

    private static String detail(Member m, LocalDate day, Map<Long, String> groupNames) {
        String group = m.groupOn(day).map(id -> groupNames.getOrDefault(id, "")).orElse("No group");
        return "Member · " + group + (m.hasLeftBy(day) ? " · left" : "");
    }

    private void saved(Member member) {
        MemberRow row = row(member, today);
        int index = indexOf(member.id());
        if (index >= 0) {
            rows.set(index, row);
        } else {
            rows.add(row);
        }
        selected.set(row);
        if (!shown.contains(row) && row.left() && !showLeft.get()) {
            showLeft.set(true);
        }
    }

    private void deleted(long id) {
        int index = indexOf(id);
        if (index >= 0) {
            rows.remove(index);
        }
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

    private MemberRow find(long id) {
        int index = indexOf(id);
        return index < 0 ? null : rows.get(index);
    }

    private void refilter() {
        String text = filterText.get() == null ? "" : filterText.get().trim().toLowerCase(Locale.UK);
        PoliticalGroup group = groupFilter.get();
        MemberKind kind = kindFilter.get();
        boolean withLeft = showLeft.get();
        Predicate<MemberRow> predicate = r -> (withLeft || !r.left())
                && (group == null || group.id().equals(r.groupId()))
                && (kind == null || kind == r.member().kind())
                && (text.isEmpty() || r.searchKey().contains(text));
        shown.setPredicate(predicate);
        updateSummary();
    }

    private void updateSummary() {
        long left = rows.stream().filter(MemberRow::left).count();
        String hidden = !showLeft.get() && left > 0 ? " (" + left + " who have left hidden)" : "";
        summary.set(shown.size() + " of " + rows.size() + " members" + hidden);
    }

    // Property accessors

    public ObservableList<MemberRow> rows() {
        return rows;
    }

    /** The members the filters let through, in list order; the view sorts them by column. */
    public FilteredList<MemberRow> shown() {
        return shown;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<PoliticalGroup> groupFilterProperty() {
        return groupFilter;
    }

    public ObjectProperty<MemberKind> kindFilterProperty() {
        return kindFilter;
    }

    public BooleanProperty showLeftProperty() {
        return showLeft;
    }

    public ObservableList<PoliticalGroup> groups() {
        return groups;
    }

    public ObservableList<MemberKind> kinds() {
        return kinds;
    }

    public ReadOnlyObjectProperty<MemberRow> selectedProperty() {
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

    public MemberFormViewModel form() {
        return form;
    }

    /** The Registers tab: the selected member's records in every register. */
    public PersonRecordsViewModel records() {
        return records;
    }
}
