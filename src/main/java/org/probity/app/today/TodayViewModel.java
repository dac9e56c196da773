package org.probity.app.today;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.app.Workspace;
import org.probity.common.DueItem;
import org.probity.common.DueItemSource;
import org.probity.people.PeopleService;
import org.probity.ui.BackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Items due and overdue across the registers, grouped by register, and the summary figures. */
public final class TodayViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(TodayViewModel.class);
    public static final List<Integer> HORIZONS = List.of(7, 14, 30, 60, 90);

    private final List<DueItemSource> sources;
    private final PeopleService people;
    private final Clock clock;
    private final BackgroundTasks tasks;
    private final Workspace workspace;

    public TodayViewModel(List<DueItemSource> sources, PeopleService people, Clock clock, BackgroundTasks tasks,
                          Workspace workspace) {
        this.sources = List.copyOf(sources);
        this.people = people;
        this.clock = clock;
        this.tasks = tasks;
        this.workspace = workspace;
        horizonDays.addListener((obs, before, now) -> refresh());
    }

    /** The items of one register, soonest first. */
    public record Group(String register, List<DueItem> items) {
    }

    // Properties

    private final IntegerProperty horizonDays = new SimpleIntegerProperty(30);
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    // Kept, because listeners on a read-only view that is thrown away stop being called.
    private final ObservableList<Group> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper memberCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper officerCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper overdueCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper dueCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** How many days ahead to look. */
    public IntegerProperty horizonDaysProperty() {
        return horizonDays;
    }

    public ObservableList<Group> groups() {
        return groupsView;
    }

    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return today.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty memberCountProperty() {
        return memberCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty officerCountProperty() {
        return officerCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty overdueCountProperty() {
        return overdueCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty dueCountProperty() {
        return dueCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Shown instead of the list when there is nothing to list or it could not be loaded. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // Commands

    public void refresh() {
        LocalDate now = LocalDate.now(clock);
        LocalDate until = now.plusDays(horizonDays.get());
        loading.set(true);
        tasks.run("Loading today's items", () -> load(now, until), snapshot -> {
            loading.set(false);
            today.set(now);
            memberCount.set(snapshot.members());
            officerCount.set(snapshot.officers());
            groups.setAll(snapshot.groups());
            long overdue = snapshot.groups().stream().flatMap(g -> g.items().stream())
                    .filter(i -> i.isOverdueOn(now)).count();
            long total = snapshot.groups().stream().mapToLong(g -> g.items().size()).sum();
            overdueCount.set((int) overdue);
            dueCount.set((int) (total - overdue));
            message.set(total == 0 ? "Nothing is due or overdue in the next " + horizonDays.get() + " days." : "");
        }, failure -> {
            loading.set(false);
            LOG.warn("Could not load the Today items", failure);
            groups.clear();
            message.set("Today's items could not be loaded: " + failure.getMessage());
        });
    }

    /** Shows the record behind an item in its own screen. */
    public void open(DueItem item) {
        if (item != null) {
            workspace.open(item.sectionId(), item.recordId());
        }
    }

    private Snapshot load(LocalDate now, LocalDate until) {
        Map<String, List<DueItem>> byRegister = new LinkedHashMap<>();
        for (DueItemSource source : sources) {
            for (DueItem item : source.dueItems(now, until)) {
                if (!item.due().isAfter(until)) {
                    byRegister.computeIfAbsent(item.register(), r -> new ArrayList<>()).add(item);
                }
            }
        }
        List<Group> loaded = new ArrayList<>();
        byRegister.forEach((register, items) -> {
            items.sort(Comparator.comparing(DueItem::due).thenComparing(DueItem::who));
            loaded.add(new Group(register, List.copyOf(items)));
        });
        return new Snapshot(loaded, people.countMembers(), people.countOfficers());
    }

    private record Snapshot(List<Group> groups, int members, int officers) {
    }
}
