package org.probity.complaints.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ComplaintService;
import org.probity.complaints.ComplaintStage;
import org.probity.complaints.ComplaintStatus;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.ui.BackgroundTasks;

/** The complaints list with its filters: status, stage, direction, category, overdue and period. */
public final class ComplaintListViewModel {

    /** Periods a clerk filters by, counted back from today. */
    public enum Period {
        ALL("Any time"), THIS_YEAR("This year"), LAST_YEAR("Last year"), LAST_12_MONTHS("Last 12 months");

        private final String label;

        Period(String label) {
            this.label = label;
        }

        boolean contains(LocalDate date, LocalDate today) {
            return switch (this) {
                case ALL -> true;
                case THIS_YEAR -> date.getYear() == today.getYear();
                case LAST_YEAR -> date.getYear() == today.getYear() - 1;
                case LAST_12_MONTHS -> date.isAfter(today.minusYears(1));
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ComplaintService complaints;
    private final PeopleService people;
    private final BackgroundTasks tasks;
    private final ObservableList<ComplaintRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ComplaintRow> shown = new FilteredList<>(rows);
    private final ObservableList<String> stageNames = FXCollections.observableArrayList();
    private final ObservableList<PersonOption> members = FXCollections.observableArrayList();
    private final ObservableList<PersonOption> officers = FXCollections.observableArrayList();
    private final ObjectProperty<ComplaintStatus> statusFilter = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<String> stageFilter = new SimpleObjectProperty<>(this, "stage");
    private final ObjectProperty<ComplaintDirection> directionFilter = new SimpleObjectProperty<>(this, "direction");
    private final ObjectProperty<ComplaintCategory> categoryFilter = new SimpleObjectProperty<>(this, "category");
    private final ObjectProperty<Period> periodFilter = new SimpleObjectProperty<>(this, "period", Period.ALL);
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(this, "overdueOnly");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper loadProblem = new ReadOnlyStringWrapper(this, "loadProblem");
    private Runnable onLoaded = () -> { };
    private Map<Long, String> officerNames = Map.of();
    private Map<Long, String> memberNames = Map.of();

    public ComplaintListViewModel(ComplaintService complaints, PeopleService people, BackgroundTasks tasks) {
        this.complaints = complaints;
        this.people = people;
        this.tasks = tasks;
        statusFilter.addListener((o, a, b) -> refilter());
        stageFilter.addListener((o, a, b) -> refilter());
        directionFilter.addListener((o, a, b) -> refilter());
        categoryFilter.addListener((o, a, b) -> refilter());
        periodFilter.addListener((o, a, b) -> refilter());
        overdueOnly.addListener((o, a, b) -> refilter());
    }

    private record Loaded(List<ComplaintRow> rows, List<String> stages, List<PersonOption> members,
                          List<PersonOption> officers, Map<Long, String> officerNames,
                          Map<Long, String> memberNames) {
    }

    /** Reads the register in the background. */
    public void load() {
        loading.set(true);
        tasks.run("Reading the complaints", () -> {
            List<Officer> allOfficers = people.officers();
            List<Member> allMembers = people.members();
            Map<Long, String> oNames = allOfficers.stream().collect(Collectors.toMap(Officer::id,
                    Officer::displayName));
            Map<Long, String> mNames = allMembers.stream().collect(Collectors.toMap(Member::id,
                    Member::displayName));
            LocalDate today = complaints.today();
            List<ComplaintRow> built = complaints.all().stream().map(c -> row(c, today, oNames, mNames))
                    .sorted(ORDER).toList();
            TreeSet<String> stages = new TreeSet<>();
            complaints.procedures().forEach(p -> p.stages().forEach(s -> stages.add(s.name())));
            LocalDate day = today;
            List<PersonOption> memberOptions = allMembers.stream().filter(m -> m.termEnd() == null
                            || !m.termEnd().isBefore(day))
                    .sorted(Comparator.comparing(Member::surname).thenComparing(Member::forenames))
                    .map(m -> new PersonOption(PersonRef.member(m.id()), m.displayName())).toList();
            List<PersonOption> officerOptions = allOfficers.stream().filter(o -> !o.hasLeftBy(day))
                    .sorted(Comparator.comparing(Officer::sortName))
                    .map(o -> new PersonOption(PersonRef.officer(o.id()), o.displayName() + " (" + o.post() + ")"))
                    .toList();
            return new Loaded(built, new ArrayList<>(stages), memberOptions, officerOptions, oNames, mNames);
        }, loaded -> {
            officerNames = loaded.officerNames();
            memberNames = loaded.memberNames();
            rows.setAll(loaded.rows());
            stageNames.setAll(loaded.stages());
            members.setAll(loaded.members());
            officers.setAll(loaded.officers());
            loading.set(false);
            loadProblem.set(null);
            refilter();
            onLoaded.run();
        }, failure -> {
            loading.set(false);
            loadProblem.set("The complaints could not be read: " + failure.getMessage());
        });
    }

    /** Overdue first, then open by due date, then closed newest first. */
    private static final Comparator<ComplaintRow> ORDER = Comparator
            .comparing((ComplaintRow r) -> !r.overdue())
            .thenComparing(r -> r.complaint().isOpen() ? 0 : 1)
            .thenComparing(r -> r.due() == null ? LocalDate.MAX : r.due())
            .thenComparing(ComplaintRow::receivedOn, Comparator.reverseOrder());

    private ComplaintRow row(Complaint c, LocalDate today, Map<Long, String> oNames, Map<Long, String> mNames) {
        ComplaintStage stage = c.currentStage().orElseThrow();
        LocalDate due = null;
        if (c.isOpen()) {
            due = stage.acknowledgeDue() != null && stage.acknowledgedOn() == null ? stage.acknowledgeDue()
                    : stage.responseDue();
        }
        boolean overdue = due != null && due.isBefore(today);
        String dueText = due == null ? "" : complaints.describeDue(due);
        String parties = c.confidentialShown()
                ? name(c.complainant(), oNames, mNames) + " about " + name(c.subject(), oNames, mNames)
                : "Confidential";
        String status = !c.isOpen() ? c.decision().outcome().label() : overdue ? "Overdue" : "Open";
        return new ComplaintRow(c, c.reference().toString(), c.receivedOn(), c.direction().label(),
                c.category().label(), c.route().label(), complaints.stageName(c, stage),
                stage.handlerId() == null ? "" : oNames.getOrDefault(stage.handlerId(), "(removed officer)"), due,
                dueText, overdue, status, parties);
    }

    private static String name(PersonRef ref, Map<Long, String> officers, Map<Long, String> members) {
        if (ref == null) {
            return "";
        }
        return ref.isMember() ? members.getOrDefault(ref.id(), "(removed member)")
                : officers.getOrDefault(ref.id(), "(removed officer)");
    }

    /**
     * Puts a complaint just saved into the list (replacing its old line), its line worked out in
     * the background; {@code then} gets the new line.
     */
    public void put(Complaint c, Consumer<ComplaintRow> then) {
        Map<Long, String> oNames = officerNames;
        Map<Long, String> mNames = memberNames;
        tasks.run("Showing the complaint", () -> row(c, complaints.today(), oNames, mNames), row -> {
            boolean replaced = false;
            for (int i = 0; i < rows.size() && !replaced; i++) {
                if (rows.get(i).id() == c.id()) {
                    rows.set(i, row);
                    replaced = true;
                }
            }
            if (!replaced) {
                rows.add(0, row);
            }
            refilter();
            then.accept(row);
        }, failure -> loadProblem.set("The complaints could not be read: " + failure.getMessage()));
    }

    public ComplaintRow find(long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    private void refilter() {
        LocalDate today = complaints.today();
        shown.setPredicate(r -> (statusFilter.get() == null || r.complaint().status() == statusFilter.get())
                && (stageFilter.get() == null || stageFilter.get().equals(r.stage()))
                && (directionFilter.get() == null || r.complaint().direction() == directionFilter.get())
                && (categoryFilter.get() == null || r.complaint().category() == categoryFilter.get())
                && (periodFilter.get() == null || periodFilter.get().contains(r.receivedOn(), today))
                && (!overdueOnly.get() || r.overdue()));
        summary.set(shown.size() == rows.size() ? count(rows.size())
                : shown.size() + " of " + count(rows.size()));
    }

    private static String count(int n) {
        return n == 1 ? "1 complaint" : n + " complaints";
    }

    /** Clears every filter, so that any complaint can be shown. */
    public void clearFilters() {
        statusFilter.set(null);
        stageFilter.set(null);
        directionFilter.set(null);
        categoryFilter.set(null);
        periodFilter.set(Period.ALL);
        overdueOnly.set(false);
    }

    public void setOnLoaded(Runnable onLoaded) {
        this.onLoaded = onLoaded;
    }

    public ObservableList<ComplaintRow> shown() {
        return shown;
    }

    public int total() {
        return rows.size();
    }

    public ObservableList<String> stageNames() {
        return stageNames;
    }

    public ObservableList<PersonOption> members() {
        return members;
    }

    public ObservableList<PersonOption> officers() {
        return officers;
    }

    public ObjectProperty<ComplaintStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<String> stageFilterProperty() {
        return stageFilter;
    }

    public ObjectProperty<ComplaintDirection> directionFilterProperty() {
        return directionFilter;
    }

    public ObjectProperty<ComplaintCategory> categoryFilterProperty() {
        return categoryFilter;
    }

    public ObjectProperty<Period> periodFilterProperty() {
        return periodFilter;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadProblemProperty() {
        return loadProblem.getReadOnlyProperty();
    }
}
