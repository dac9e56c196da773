package org.probity.groupmeetings.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.probity.attachments.AttachmentService;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.GroupMeetingAlert;
import org.probity.groupmeetings.GroupMeetingDueItems;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.groupmeetings.OfficerAttendance;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PoliticalGroup;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Confirmation;
import org.probity.ui.SearchHit;

/**
 * The group meetings screen: the filtered list of requests and the one being edited. A large
 * register holds tens of thousands of requests, so names, statuses, alerts and the text the
 * filter looks at are worked out once in the background; typing only re-tests rows in memory.
 */
public final class GroupMeetingsViewModel {

    public static final String SECTION_ID = GroupMeetingDueItems.SECTION_ID;
    private static final int MAX_HITS = 8;

    /** One request as the list shows it. */
    public record MeetingRow(GroupMeeting meeting, String reference, LocalDate date, String kind, long groupId,
                             String group, String subject, String officers, Set<Long> officerIds, String status,
                             int alerts, String alertText, String searchKey) {

        public long id() {
            return meeting.id();
        }
    }

    /** Everything the screen needs, read together in the background. */
    public record Loaded(List<MeetingRow> rows, List<Choice> groups, List<Choice> officers,
                         Map<Long, List<Choice>> membersByGroup, Map<Long, Long> leaders, LocalDate today,
                         LocalDate earlierToRead) {

        /** Whether requests for meetings before {@link #earlierToRead()} are still to be read. */
        public boolean partial() {
            return earlierToRead != null;
        }
    }

    /** How far back the first, quick read of the list goes; earlier years follow in a second read. */
    static final java.time.Period FIRST_READ = java.time.Period.ofYears(1);

    private final GroupMeetingService register;
    private final PeopleService people;
    private final BackgroundTasks tasks;
    private final MeetingFormViewModel form;
    private Confirmation confirmation = Confirmation.ALWAYS;

    private final ObservableList<MeetingRow> rows = FXCollections.observableArrayList();
    private final FilteredList<MeetingRow> shown = new FilteredList<>(rows, r -> true);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<Choice> groupFilter = new SimpleObjectProperty<>(this, "groupFilter");
    private final ObjectProperty<Choice> officerFilter = new SimpleObjectProperty<>(this, "officerFilter");
    private final ObjectProperty<LocalDate> fromFilter = new SimpleObjectProperty<>(this, "fromFilter");
    private final ObjectProperty<LocalDate> toFilter = new SimpleObjectProperty<>(this, "toFilter");
    private final BooleanProperty openAlertsOnly = new SimpleBooleanProperty(this, "openAlertsOnly");
    private final ObservableList<Choice> groups = FXCollections.observableArrayList();
    private final ObservableList<Choice> officers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MeetingRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper loadProblem = new ReadOnlyStringWrapper(this, "loadProblem");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    private volatile List<MeetingRow> snapshot;
    private Loaded last;
    /** Counts reads, so the earlier years of a superseded read are never added to a newer list. */
    private long readNumber;
    private List<Choice> allOfficers = List.of();
    private Long pendingReveal;

    public GroupMeetingsViewModel(GroupMeetingService register, PeopleService people,
                                  AttachmentService attachments, BackgroundTasks tasks) {
        this.register = register;
        this.people = people;
        this.tasks = tasks;
        this.form = new MeetingFormViewModel(register, attachments, tasks);
        form.whenChanged(this::changed);
        filterText.addListener(obs -> refilter());
        groupFilter.addListener(obs -> refilter());
        officerFilter.addListener(obs -> refilter());
        fromFilter.addListener(obs -> refilter());
        toFilter.addListener(obs -> refilter());
        openAlertsOnly.addListener(obs -> refilter());
        shown.addListener((ListChangeListener<MeetingRow>) c -> updateSummary());
    }

    public void setConfirmation(Confirmation confirmation) {
        this.confirmation = Objects.requireNonNull(confirmation);
        form.setConfirmation(confirmation);
    }

    // Commands

    /**
     * Reads the last year's requests and those still to come first, so the list opens quickly on a
     * register of many years, then the earlier years, which are added to the list as it stands.
     */
    public void load() {
        loading.set(true);
        loadProblem.set(null);
        long number = ++readNumber;
        tasks.run("Reading group meetings", () -> readRecent(register, people), loaded -> {
            if (number != readNumber) {
                return;
            }
            show(loaded);
            if (loaded.partial()) {
                tasks.run("Reading earlier group meetings", () -> read(register, people, null,
                        loaded.earlierToRead()), earlier -> {
                    if (number == readNumber) {
                        addEarlier(earlier);
                    }
                }, this::readFailed);
            }
        }, error -> {
            loading.set(false);
            readFailed(error);
        });
    }

    private void readFailed(Throwable error) {
        loadProblem.set("The group meetings could not be read. " + StorageMessages.describe(error));
    }

    /** The requests of the last year and every one still to come, with the earlier years left to read. */
    public static Loaded readRecent(GroupMeetingService register, PeopleService people) {
        return read(register, people, register.today().minus(FIRST_READ), null);
    }

    /** The whole register, read and prepared at once. Safe away from the JavaFX thread. */
    public static Loaded read(GroupMeetingService register, PeopleService people) {
        return read(register, people, null, null);
    }

    /** Reads and prepares the list; safe away from the JavaFX thread (the benchmark times this). */
    /** Every current officer, for the forms' choices: read after the list so the list is not kept waiting. */
    private void readAllOfficers() {
        tasks.run("Reading officers", () -> {
            LocalDate day = people.today();
            return people.officers().stream().filter(o -> !o.hasLeftBy(day))
                    .sorted(Comparator.comparing(Officer::sortName, String.CASE_INSENSITIVE_ORDER))
                    .map(o -> new Choice(o.id(), o.sortName() + " – " + o.post())).toList();
        }, list -> {
            allOfficers = list;
            if (last != null) {
                form.setChoices(last.groups(), list, last.membersByGroup(), last.today());
            }
        }, error -> loadProblem.set("The officers could not be read. " + StorageMessages.describe(error)));
    }

    private static Loaded read(GroupMeetingService register, PeopleService people, LocalDate from,
                               LocalDate before) {
        LocalDate today = register.today();
        List<PoliticalGroup> groupList = people.groups();
        Map<Long, String> groupNames = new HashMap<>();
        groupList.forEach(g -> groupNames.put(g.id(), g.name()));
        Map<Long, String> memberNames = new HashMap<>();
        Map<Long, List<Choice>> membersByGroup = new HashMap<>();
        for (Member m : people.members()) {
            memberNames.put(m.id(), m.displayName());
            m.groups().stream().map(g -> g.groupId()).distinct().forEach(g -> membersByGroup
                    .computeIfAbsent(g, k -> new ArrayList<>()).add(new Choice(m.id(), m.displayName())));
        }
        membersByGroup.values().forEach(l -> l.sort(Comparator.comparing(Choice::label,
                String.CASE_INSENSITIVE_ORDER)));
        List<GroupMeeting> meetings = from == null && before == null ? register.meetings()
                : register.meetings(from, before);
        // Only the officers named on requests: reading a large authority's whole workforce here
        // would cost more than the register itself. The forms' full list is read afterwards.
        java.util.function.LongFunction<String> officerName = register.officerNames(meetings);
        Map<Long, List<GroupMeetingAlert>> alerts = register.alerts(today, meetings).stream()
                .collect(Collectors.groupingBy(GroupMeetingAlert::meetingId));
        List<MeetingRow> list = new ArrayList<>(meetings.size());
        Map<Long, String> officerNames = new HashMap<>();
        for (GroupMeeting m : meetings) {
            m.officers().forEach(o -> officerNames.computeIfAbsent(o.officerId(), officerName::apply));
            list.add(row(m, today, groupList, groupNames, officerNames, memberNames,
                    alerts.getOrDefault(m.id(), List.of())));
        }
        List<Choice> officerChoices = new ArrayList<>();
        officerNames.forEach((id, name) -> officerChoices.add(new Choice(id, name)));
        officerChoices.sort(Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER));
        list.sort(Comparator.comparing(MeetingRow::date).thenComparing(MeetingRow::reference).reversed());
        List<Choice> groupChoices = groupList.stream().map(g -> new Choice(g.id(), g.name())).toList();
        Map<Long, Long> leaders = new HashMap<>();
        groupList.stream().filter(g -> g.leaderMemberId() != null).forEach(g -> leaders.put(g.id(),
                g.leaderMemberId()));
        return new Loaded(list, groupChoices, officerChoices, membersByGroup, leaders, today, from);
    }

    private static MeetingRow row(GroupMeeting m, LocalDate today, List<PoliticalGroup> groupList,
                                  Map<Long, String> groupNames, Map<Long, String> officerNames,
                                  Map<Long, String> memberNames, List<GroupMeetingAlert> alerts) {
        String group = groupNames.getOrDefault(m.groupId(), "(removed group)");
        String officerText = m.officers().stream()
                .map(o -> officerNames.getOrDefault(o.officerId(), "(removed officer)")
                        + (o.attends() ? "" : o.response() == org.probity.groupmeetings.OfficerResponse.AWAITING
                        ? " (not answered)" : " (written advice)"))
                .collect(Collectors.joining(", "));
        Set<Long> officerIds = m.officers().stream().map(OfficerAttendance::officerId).collect(Collectors.toSet());
        String alertText = alerts.stream().map(a -> a.rule().label()).distinct().collect(Collectors.joining("\n"));
        String key = (m.reference() + "\n" + m.subject() + "\n" + group + "\n" + m.where() + "\n"
                + memberNames.getOrDefault(m.requestedByMemberId(), "") + "\n" + officerText).toLowerCase(Locale.UK);
        return new MeetingRow(m, m.reference().toString(), m.meetingDate(), m.kind().label(), m.groupId(), group,
                m.subject(), officerText, officerIds, GroupMeetingService.status(m, today, groupList).label(),
                alerts.size(), alertText, key);
    }

    /** The earlier years arrived: they go below the recent ones, and their officers join the filter's choices. */
    private void addEarlier(Loaded earlier) {
        last = new Loaded(last.rows(), last.groups(), last.officers(), last.membersByGroup(), last.leaders(),
                last.today(), null);
        rows.addAll(earlier.rows());
        snapshot = List.copyOf(rows);
        Map<Long, Choice> named = new HashMap<>();
        officers.forEach(o -> named.put(o.id(), o));
        earlier.officers().forEach(o -> named.putIfAbsent(o.id(), o));
        if (named.size() > officers.size()) {
            Choice wanted = officerFilter.get();
            List<Choice> merged = new ArrayList<>(named.values());
            merged.sort(Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER));
            officers.setAll(merged);
            officerFilter.set(wanted);
        }
        updateSummary();
        if (pendingReveal != null) {
            long id = pendingReveal;
            pendingReveal = null;
            reveal(id, false);
        }
    }

    private void show(Loaded loaded) {
        loading.set(false);
        last = loaded;
        // Search reads the whole register itself until the earlier years are in.
        snapshot = loaded.partial() ? null : List.copyOf(loaded.rows());
        Choice wantedGroup = groupFilter.get();
        Choice wantedOfficer = officerFilter.get();
        groups.setAll(loaded.groups());
        officers.setAll(loaded.officers());
        groupFilter.set(wantedGroup == null ? null : loaded.groups().stream()
                .filter(g -> g.id() == wantedGroup.id()).findFirst().orElse(null));
        officerFilter.set(wantedOfficer == null ? null : loaded.officers().stream()
                .filter(o -> o.id() == wantedOfficer.id()).findFirst().orElse(null));
        Long keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(loaded.rows());
        form.setChoices(loaded.groups(), allOfficers.isEmpty() ? loaded.officers() : allOfficers,
                loaded.membersByGroup(), loaded.today());
        if (allOfficers.isEmpty()) {
            readAllOfficers();
        }
        if (keep != null) {
            MeetingRow again = find(keep);
            selected.set(again);
            if (again != null && !form.hasUnsavedChanges()) {
                form.edit(again.meeting());
            }
        }
        updateSummary();
        if (pendingReveal != null) {
            long id = pendingReveal;
            pendingReveal = null;
            reveal(id, false);
        }
    }

    public boolean select(MeetingRow row) {
        if (row == null || (selected.get() != null && selected.get().id() == row.id() && form.isEditing(row.id()))) {
            return true;
        }
        if (!mayDiscardChanges()) {
            return false;
        }
        selected.set(row);
        form.edit(row.meeting());
        return true;
    }

    /** The quick form for an attendance, or empty while the choices are still being read. */
    public java.util.Optional<RecordAttendanceViewModel> recordAttendance() {
        if (last == null || !mayDiscardChanges()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RecordAttendanceViewModel(register, tasks, last.groups(),
                allOfficers.isEmpty() ? last.officers() : allOfficers,
                last.membersByGroup(), last.leaders(), last.today()));
    }

    /** The quick form saved a new request: show it, its alerts worked out afresh. */
    public void recorded(GroupMeeting meeting) {
        pendingReveal = meeting.id();
        if (form.hasUnsavedChanges()) {
            form.cancel();
        }
        load();
    }

    public void save() {
        form.save();
    }

    public void cancel() {
        form.cancel();
    }

    public void delete() {
        GroupMeeting meeting = form.original();
        if (meeting != null && confirmation.confirm("Delete request", "Delete " + meeting.reference()
                + "? Its history is kept. A meeting that did not take place should be given a cancellation date "
                + "instead.")) {
            form.delete();
        }
    }

    private boolean mayDiscardChanges() {
        return !form.hasUnsavedChanges() || confirmation.confirm("Unsaved changes",
                "You have not saved your changes to " + form.headingProperty().get() + ". Discard them?");
    }

    /** After a save, a notice or a deletion the list is read again: statuses and alerts depend on every control. */
    private void changed(GroupMeeting meeting) {
        if (meeting == null) {
            selected.set(null);
        } else {
            MeetingRow row = find(meeting.id());
            if (row == null) {
                pendingReveal = meeting.id();
            }
        }
        load();
    }

    public void reveal(long id) {
        reveal(id, true);
    }

    /** A request added since the list was read (by the command line or an import) is found by reading again. */
    private void reveal(long id, boolean mayReload) {
        if (loading.get()) {
            pendingReveal = id;
            return;
        }
        MeetingRow row = find(id);
        if (row == null && last != null && last.partial()) {
            pendingReveal = id;
            return;
        }
        if (row == null) {
            if (mayReload) {
                pendingReveal = id;
                load();
            }
            return;
        }
        if (!shown.contains(row)) {
            clearFilters();
        }
        select(row);
    }

    public void clearFilters() {
        filterText.set("");
        groupFilter.set(null);
        officerFilter.set(null);
        fromFilter.set(null);
        toFilter.set(null);
        openAlertsOnly.set(false);
    }

    /** Requests whose reference, subject, group, place or people contain the text. Safe away from the JavaFX thread. */
    public List<SearchHit> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String wanted = text.trim().toLowerCase(Locale.UK);
        List<MeetingRow> all = snapshot;
        if (all == null) {
            all = read(register, people).rows();
        }
        return all.stream().filter(r -> r.searchKey().contains(wanted)).limit(MAX_HITS)
                .map(r -> new SearchHit(SECTION_ID, String.valueOf(r.id()), r.reference() + " " + r.subject(),
                        "Group meeting · " + r.group() + " · " + org.probity.common.UkDates.display(r.date())
                                + " · " + r.status()))
                .toList();
    }

    private MeetingRow find(long id) {
        for (MeetingRow row : rows) {
            if (row.id() == id) {
                return row;
            }
        }
        return null;
    }

    private void refilter() {
        String text = filterText.get() == null ? "" : filterText.get().trim().toLowerCase(Locale.UK);
        Choice group = groupFilter.get();
        Choice officer = officerFilter.get();
        LocalDate from = fromFilter.get();
        LocalDate to = toFilter.get();
        boolean alertsOnly = openAlertsOnly.get();
        shown.setPredicate(r -> (text.isEmpty() || r.searchKey().contains(text))
                && (group == null || r.groupId() == group.id())
                && (officer == null || r.officerIds().contains(officer.id()))
                && (from == null || !r.date().isBefore(from))
                && (to == null || !r.date().isAfter(to))
                && (!alertsOnly || r.alerts() > 0));
    }

    private void updateSummary() {
        long withAlerts = shown.stream().filter(r -> r.alerts() > 0).count();
        summary.set((shown.size() == rows.size()
                ? rows.size() + (rows.size() == 1 ? " request" : " requests") + ", " + withAlerts + " with alerts"
                : shown.size() + " of " + rows.size() + " requests, " + withAlerts + " with alerts")
                + (last != null && last.partial() ? " (reading earlier years…)" : ""));
    }

    // Properties

    public MeetingFormViewModel form() {
        return form;
    }

    public ObservableList<MeetingRow> rows() {
        return rows;
    }

    public FilteredList<MeetingRow> shownRows() {
        return shown;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<Choice> groupFilterProperty() {
        return groupFilter;
    }

    public ObjectProperty<Choice> officerFilterProperty() {
        return officerFilter;
    }

    public ObjectProperty<LocalDate> fromFilterProperty() {
        return fromFilter;
    }

    public ObjectProperty<LocalDate> toFilterProperty() {
        return toFilter;
    }

    public BooleanProperty openAlertsOnlyProperty() {
        return openAlertsOnly;
    }

    public ObservableList<Choice> groups() {
        return groups;
    }

    public ObservableList<Choice> officers() {
        return officers;
    }

    public ReadOnlyObjectProperty<MeetingRow> selectedProperty() {
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
}
