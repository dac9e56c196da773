package org.probity.enquiries.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryKind;
import org.probity.enquiries.EnquiryService;
import org.probity.enquiries.EnquiryStatus;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.ServiceArea;
import org.probity.people.Ward;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;

/**
 * The list of enquiries and its filters. Every enquiry is read once, in the background, into
 * {@link EnquiryRow}s; the filters then work on those rows alone, with no database call per
 * keystroke. Typing more of the same text narrows the rows already shown instead of starting
 * again from all of them.
 */
public final class EnquiryListViewModel {

    private static final int PARALLEL_FROM = 20_000;

    /** The periods the list can be narrowed to, counted back from today. */
    public enum Period {
        ALL("Any time", 0), LAST_30_DAYS("Last 30 days", 30), LAST_90_DAYS("Last 90 days", 90),
        LAST_12_MONTHS("Last 12 months", 365);

        private final String label;
        private final int days;

        Period(String label, int days) {
            this.label = label;
            this.days = days;
        }

        LocalDate start(LocalDate today) {
            return days == 0 ? LocalDate.MIN : today.minusDays(days - 1L);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private record Loaded(List<EnquiryRow> rows, List<Member> members, List<Officer> officers,
                          List<ServiceArea> areas, List<Ward> wards, LocalDate today) {
    }

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final EnquiryService enquiries;
    private final PeopleService people;
    private final BackgroundTasks tasks;

    private final ObservableList<EnquiryRow> shown = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<EnquiryStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObjectProperty<EnquiryKind> kindFilter = new SimpleObjectProperty<>(this, "kindFilter");
    private final ObjectProperty<ServiceArea> areaFilter = new SimpleObjectProperty<>(this, "areaFilter");
    private final ObjectProperty<Officer> officerFilter = new SimpleObjectProperty<>(this, "officerFilter");
    private final ObjectProperty<Member> memberFilter = new SimpleObjectProperty<>(this, "memberFilter");
    private final ObjectProperty<Period> periodFilter = new SimpleObjectProperty<>(this, "periodFilter", Period.ALL);
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(this, "overdueOnly");
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ObservableList<Officer> officers = FXCollections.observableArrayList();
    private final ObservableList<ServiceArea> areas = FXCollections.observableArrayList();
    private final ObservableList<Ward> wards = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper loadProblem = new ReadOnlyStringWrapper(this, "loadProblem");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    private List<EnquiryRow> all = List.of();
    private LocalDate today;
    private Runnable onLoaded = () -> { };
    // The rows shown for each beginning of the text typed, for the other filters as they are.
    private final Map<String, List<EnquiryRow>> byText = new HashMap<>();

    public EnquiryListViewModel(EnquiryService enquiries, PeopleService people, BackgroundTasks tasks) {
        this.enquiries = enquiries;
        this.people = people;
        this.tasks = tasks;
        this.today = enquiries.today();
        filterText.addListener(obs -> refilter());
        for (var filter : List.of(statusFilter, kindFilter, areaFilter, officerFilter, memberFilter, periodFilter,
                overdueOnly)) {
            filter.addListener(obs -> {
                byText.clear();
                refilter();
            });
        }
    }

    /** Called on the JavaFX thread each time a load has finished. */
    public void setOnLoaded(Runnable onLoaded) {
        this.onLoaded = Objects.requireNonNull(onLoaded);
    }

    /** Reads every enquiry, and the people the filters choose from, in the background. */
    public void load() {
        loading.set(true);
        loadProblem.set(null);
        tasks.run("Reading enquiries", this::read, this::loaded, error -> {
            loading.set(false);
            loadProblem.set("The enquiries could not be read. " + StorageMessages.describe(error));
        });
    }

    private Loaded read() {
        List<Member> memberList = people.members().stream()
                .sorted(Comparator.comparing(Member::sortName, String.CASE_INSENSITIVE_ORDER)).toList();
        List<Officer> officerList = people.officers().stream()
                .sorted(Comparator.comparing(Officer::sortName, String.CASE_INSENSITIVE_ORDER)).toList();
        List<ServiceArea> areaList = people.serviceAreas().stream()
                .sorted(Comparator.comparing(ServiceArea::name, String.CASE_INSENSITIVE_ORDER)).toList();
        LocalDate day = enquiries.today();
        List<EnquiryRow> rows = rows(enquiries.receivedBetween(EARLIEST, LATEST), memberList, officerList,
                areaList, day);
        List<Ward> wardList = people.wards().stream()
                .sorted(Comparator.comparing(Ward::name, String.CASE_INSENSITIVE_ORDER)).toList();
        return new Loaded(rows, memberList, officerList, areaList, wardList, day);
    }

    /** Turns enquiries into list rows, overdue first, then the others awaiting a reply by due date, then the rest newest first. */
    List<EnquiryRow> rows(List<Enquiry> list, List<Member> memberList, List<Officer> officerList,
                          List<ServiceArea> areaList, LocalDate day) {
        Map<Long, String> memberNames = memberList.stream().collect(Collectors.toMap(Member::id,
                Member::displayName));
        Map<Long, String> officerNames = officerList.stream().collect(Collectors.toMap(Officer::id,
                Officer::displayName));
        Map<Long, String> areaNames = areaList.stream().collect(Collectors.toMap(ServiceArea::id,
                ServiceArea::name));
        Map<LocalDate, String> dueTexts = new HashMap<>();
        List<EnquiryRow> rows = new ArrayList<>(list.size());
        for (Enquiry e : list) {
            rows.add(row(e, memberNames, officerNames, areaNames, dueTexts, day));
        }
        rows.sort(Comparator.comparingInt(EnquiryListViewModel::rank)
                .thenComparing((a, b) -> rank(a) == 2 ? b.receivedOn().compareTo(a.receivedOn())
                        : a.due().compareTo(b.due()))
                .thenComparing(EnquiryRow::reference));
        return rows;
    }

    private static int rank(EnquiryRow row) {
        return row.overdue() ? 0 : row.enquiry().isAwaitingReply() && row.due() != null ? 1 : 2;
    }

    private EnquiryRow row(Enquiry e, Map<Long, String> memberNames, Map<Long, String> officerNames,
                           Map<Long, String> areaNames, Map<LocalDate, String> dueTexts, LocalDate day) {
        String member = e.memberId() == null ? "" : memberNames.getOrDefault(e.memberId(), "(removed member)");
        String officer = e.officerId() == null ? "" : officerNames.getOrDefault(e.officerId(), "(removed officer)");
        String area = e.serviceAreaId() == null ? "" : areaNames.getOrDefault(e.serviceAreaId(), "");
        LocalDate due = e.expectedDue();
        boolean awaiting = e.isAwaitingReply() && due != null;
        boolean overdue = awaiting && due.isBefore(day);
        String dueText = awaiting ? dueTexts.computeIfAbsent(due, d -> enquiries.describeDue(e)) : "";
        String reference = e.reference().toString();
        String key = String.join("\n", reference, member, e.subject(), e.kind().label(), area, officer,
                e.status().label()).toLowerCase(Locale.UK);
        return new EnquiryRow(e, reference, e.receivedOn(), member, e.subject(), e.kind().label(), area, officer,
                due, dueText, e.status(), overdue, key);
    }

    private void loaded(Loaded loaded) {
        loading.set(false);
        today = loaded.today();
        keepChoice(members, loaded.members(), memberFilter, Member::id);
        keepChoice(officers, loaded.officers(), officerFilter, Officer::id);
        keepChoice(areas, loaded.areas(), areaFilter, ServiceArea::id);
        wards.setAll(loaded.wards());
        all = loaded.rows();
        byText.clear();
        refilter();
        onLoaded.run();
    }

    private static <T> void keepChoice(ObservableList<T> choices, List<T> fresh, ObjectProperty<T> filter,
                                       java.util.function.Function<T, Long> id) {
        T wanted = filter.get();
        choices.setAll(fresh);
        filter.set(wanted == null ? null : fresh.stream().filter(t -> id.apply(t).equals(id.apply(wanted)))
                .findFirst().orElse(null));
    }

    /** Puts a saved or changed enquiry in the list without reading all of them again. */
    public EnquiryRow put(Enquiry e) {
        Map<Long, String> memberNames = members.stream().collect(Collectors.toMap(Member::id, Member::displayName));
        Map<Long, String> officerNames = officers.stream().collect(Collectors.toMap(Officer::id,
                Officer::displayName));
        Map<Long, String> areaNames = areas.stream().collect(Collectors.toMap(ServiceArea::id, ServiceArea::name));
        EnquiryRow fresh = row(e, memberNames, officerNames, areaNames, new HashMap<>(), today);
        List<EnquiryRow> changed = new ArrayList<>(all.size() + 1);
        for (EnquiryRow r : all) {
            if (r.id() != e.id()) {
                changed.add(r);
            }
        }
        changed.add(fresh);
        all = rows(changed.stream().map(EnquiryRow::enquiry).toList(), members, officers, areas, today);
        byText.clear();
        refilter();
        return find(e.id());
    }

    /** Takes a deleted enquiry out of the list. */
    public void remove(long id) {
        all = all.stream().filter(r -> r.id() != id).toList();
        byText.clear();
        refilter();
    }

    public EnquiryRow find(long id) {
        return all.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    /**
     * Applies the filters to the rows read; public so the benchmark can time one keystroke.
     * The results for each beginning of the text typed are kept, so typing another letter
     * searches only the rows already shown and deleting one finds its result ready.
     */
    public void refilter() {
        String text = filterText.get() == null ? "" : filterText.get().trim().toLowerCase(Locale.UK);
        List<EnquiryRow> result = byText.get(text);
        if (result == null) {
            List<EnquiryRow> source = null;
            for (int length = text.length() - 1; length >= 0 && source == null; length--) {
                source = byText.get(text.substring(0, length));
            }
            result = source == null ? filter(all, text, true) : filter(source, text, false);
            byText.keySet().removeIf(kept -> !text.startsWith(kept));
            byText.put(text, result);
        }
        shown.setAll(result);
        updateSummary();
    }

    private List<EnquiryRow> filter(List<EnquiryRow> source, String text, boolean allFilters) {
        java.util.function.Predicate<EnquiryRow> wanted;
        if (!allFilters) {
            wanted = r -> r.searchKey().contains(text);
        } else {
            EnquiryStatus status = statusFilter.get();
            EnquiryKind kind = kindFilter.get();
            Long areaId = areaFilter.get() == null ? null : areaFilter.get().id();
            Long officerId = officerFilter.get() == null ? null : officerFilter.get().id();
            Long memberId = memberFilter.get() == null ? null : memberFilter.get().id();
            LocalDate from = periodFilter.get() == null ? LocalDate.MIN : periodFilter.get().start(today);
            boolean overdue = overdueOnly.get();
            wanted = r -> {
                Enquiry e = r.enquiry();
                return (status == null || r.status() == status)
                        && (kind == null || e.kind() == kind)
                        && (areaId == null || areaId.equals(e.serviceAreaId()))
                        && (officerId == null || officerId.equals(e.officerId()))
                        && (memberId == null || memberId.equals(e.memberId()))
                        && !r.receivedOn().isBefore(from)
                        && (!overdue || r.overdue())
                        && (text.isEmpty() || r.searchKey().contains(text));
            };
        }
        // Ten years of a large authority's enquiries are a few hundred thousand rows: every core
        // takes a share, so the first letter typed is as quick as the later ones.
        return source.size() < PARALLEL_FROM ? source.stream().filter(wanted).toList()
                : source.parallelStream().filter(wanted).toList();
    }

    private void updateSummary() {
        long overdueCount = 0;
        for (EnquiryRow r : shown) {
            if (r.overdue()) {
                overdueCount++;
            }
        }
        String of = shown.size() == all.size() ? shown.size() + (all.size() == 1 ? " enquiry" : " enquiries")
                : shown.size() + " of " + all.size() + " enquiries";
        summary.set(overdueCount == 0 ? of : of + ", " + overdueCount + " overdue");
    }

    // Properties

    public ObservableList<EnquiryRow> shown() {
        return shown;
    }

    public int total() {
        return all.size();
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<EnquiryStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<EnquiryKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<ServiceArea> areaFilterProperty() {
        return areaFilter;
    }

    public ObjectProperty<Officer> officerFilterProperty() {
        return officerFilter;
    }

    public ObjectProperty<Member> memberFilterProperty() {
        return memberFilter;
    }

    public ObjectProperty<Period> periodFilterProperty() {
        return periodFilter;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public ObservableList<Member> members() {
        return members;
    }

    public ObservableList<Officer> officers() {
        return officers;
    }

    public ObservableList<ServiceArea> areas() {
        return areas;
    }

    public ObservableList<Ward> wards() {
        return wards;
    }

    public LocalDate today() {
        return today;
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
