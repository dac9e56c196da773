package org.probity.people.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.audit.AuditEntry;
import org.probity.people.Directorate;
import org.probity.people.Member;
import org.probity.people.PeopleService;
import org.probity.people.PoliticalGroup;
import org.probity.people.ServiceArea;
import org.probity.people.Ward;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Confirmation;
import org.probity.ui.SearchHit;

/** The Directory screen: political groups, wards, directorates and service areas. */
public final class DirectoryViewModel {

    public static final String SECTION_ID = "directory";
    private static final int MAX_HITS = 8;
    private static final List<String> NAME_ONLY = List.of("Name");

    /** A member offered as a group leader. */
    public record MemberChoice(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Political groups: name, short name, colour and leader. */
    public static final class Groups extends DirectoryListViewModel<PoliticalGroup> {
        private final PeopleService people;
        private final StringProperty shortName = new SimpleStringProperty(this, "shortName", "");
        private final StringProperty colour = new SimpleStringProperty(this, "colour");
        private final ObjectProperty<MemberChoice> leader = new SimpleObjectProperty<>(this, "leader");
        private final ObservableList<MemberChoice> leaders = FXCollections.observableArrayList();

        Groups(PeopleService people, BackgroundTasks tasks) {
            super("political group", PeopleService.GROUP, tasks, List.of("name", "shortName", "colour", "leader"),
                    List.of("Name", "Short name", "Colour", "Leader"));
            this.people = people;
            watch(shortName, colour, leader);
        }

        @Override
        protected Callable<Runnable> reader() {
            return () -> {
                List<PoliticalGroup> groups = people.groups();
                LocalDate today = people.today();
                List<MemberChoice> members = people.members().stream().filter(m -> !m.hasLeftBy(today))
                        .sorted(Comparator.comparing(Member::sortName, String.CASE_INSENSITIVE_ORDER))
                        .map(m -> new MemberChoice(m.id(), m.displayName())).toList();
                return () -> {
                    leaders.setAll(members);
                    items().setAll(groups);
                };
            };
        }

        @Override
        protected Long idOf(PoliticalGroup item) {
            return item.id();
        }

        @Override
        protected String labelOf(PoliticalGroup item) {
            return item.name();
        }

        @Override
        protected PoliticalGroup fromForm(Long id, String name) {
            return new PoliticalGroup(id, name, shortName.get(), colour.get(),
                    leader.get() == null ? null : leader.get().id());
        }

        @Override
        protected void fillOwnFields(PoliticalGroup item) {
            shortName.set(item == null ? "" : item.shortName());
            colour.set(item == null ? null : item.colour());
            leader.set(item == null || item.leaderMemberId() == null ? null : leaders.stream()
                    .filter(m -> m.id() == item.leaderMemberId()).findFirst()
                    .orElse(new MemberChoice(item.leaderMemberId(), "Former member")));
        }

        @Override
        protected PoliticalGroup store(PoliticalGroup item) {
            return people.saveGroup(item);
        }

        @Override
        protected void remove(long id) {
            people.deleteGroup(id);
        }

        @Override
        protected List<AuditEntry> historyOf(long id) {
            return people.history(PeopleService.GROUP, id);
        }

        public StringProperty shortNameProperty() {
            return shortName;
        }

        /** The group's colour as #RRGGBB, or null for none. */
        public StringProperty colourProperty() {
            return colour;
        }

        public ObjectProperty<MemberChoice> leaderProperty() {
            return leader;
        }

        /** Current members, offered as the group's leader. */
        public ObservableList<MemberChoice> leaders() {
            return leaders;
        }
    }

    /** A list whose entries have only a name: wards and directorates. */
    public static final class Named<T> extends DirectoryListViewModel<T> {
        private final Callable<List<T>> read;
        private final Function<T, Long> id;
        private final Function<T, String> label;
        private final java.util.function.BiFunction<Long, String, T> make;
        private final Function<T, T> save;
        private final java.util.function.LongConsumer delete;
        private final Function<Long, List<AuditEntry>> history;

        Named(String singular, String recordType, BackgroundTasks tasks, Callable<List<T>> read,
              Function<T, Long> id, Function<T, String> label, java.util.function.BiFunction<Long, String, T> make,
              Function<T, T> save, java.util.function.LongConsumer delete,
              Function<Long, List<AuditEntry>> history) {
            super(singular, recordType, tasks, List.of("name"), NAME_ONLY);
            this.read = read;
            this.id = id;
            this.label = label;
            this.make = make;
            this.save = save;
            this.delete = delete;
            this.history = history;
        }

        @Override
        protected Callable<Runnable> reader() {
            return () -> {
                List<T> all = read.call();
                return () -> items().setAll(all);
            };
        }

        @Override
        protected Long idOf(T item) {
            return id.apply(item);
        }

        @Override
        protected String labelOf(T item) {
            return label.apply(item);
        }

        @Override
        protected T fromForm(Long itemId, String name) {
            return make.apply(itemId, name);
        }

        @Override
        protected void fillOwnFields(T item) {
            // a name is all these entries have
        }

        @Override
        protected T store(T item) {
            return save.apply(item);
        }

        @Override
        protected void remove(long itemId) {
            delete.accept(itemId);
        }

        @Override
        protected List<AuditEntry> historyOf(long itemId) {
            return history.apply(itemId);
        }
    }

    /** Service areas: name and directorate. */
    public static final class ServiceAreas extends DirectoryListViewModel<ServiceArea> {
        private final PeopleService people;
        private final ObjectProperty<Directorate> directorate = new SimpleObjectProperty<>(this, "directorate");
        private final ObservableList<Directorate> directorates = FXCollections.observableArrayList();

        ServiceAreas(PeopleService people, BackgroundTasks tasks) {
            super("service area", PeopleService.SERVICE_AREA, tasks, List.of("name", "directorate"),
                    List.of("Name", "Directorate"));
            this.people = people;
            watch(directorate);
        }

        @Override
        protected Callable<Runnable> reader() {
            return () -> {
                List<ServiceArea> areas = people.serviceAreas();
                List<Directorate> all = people.directorates();
                return () -> {
                    directorates.setAll(all);
                    items().setAll(areas);
                };
            };
        }

        @Override
        protected Long idOf(ServiceArea item) {
            return item.id();
        }

        @Override
        protected String labelOf(ServiceArea item) {
            return item.name();
        }

        @Override
        protected ServiceArea fromForm(Long id, String name) {
            return new ServiceArea(id, name, directorate.get() == null ? null : directorate.get().id());
        }

        @Override
        protected void fillOwnFields(ServiceArea item) {
            directorate.set(item == null || item.directorateId() == null ? null : directorates.stream()
                    .filter(d -> d.id().equals(item.directorateId())).findFirst().orElse(null));
        }

        @Override
        protected ServiceArea store(ServiceArea item) {
            return people.saveServiceArea(item);
        }

        @Override
        protected void remove(long id) {
            people.deleteServiceArea(id);
        }

        @Override
        protected List<AuditEntry> historyOf(long id) {
            return people.history(PeopleService.SERVICE_AREA, id);
        }

        public ObjectProperty<Directorate> directorateProperty() {
            return directorate;
        }

        public ObservableList<Directorate> directorates() {
            return directorates;
        }

        /** The directorate's name for a service area in the list. */
        public String directorateOf(ServiceArea area) {
            return area.directorateId() == null ? "" : directorates.stream()
                    .filter(d -> d.id().equals(area.directorateId())).map(Directorate::name).findFirst().orElse("");
        }
    }

    private final PeopleService people;
    private final Groups groups;
    private final Named<Ward> wards;
    private final Named<Directorate> directorates;
    private final ServiceAreas serviceAreas;

    public DirectoryViewModel(PeopleService people, BackgroundTasks tasks) {
        this.people = people;
        this.groups = new Groups(people, tasks);
        this.wards = new Named<>("ward", PeopleService.WARD, tasks, people::wards, Ward::id, Ward::name, Ward::new,
                people::saveWard, people::deleteWard, id -> people.history(PeopleService.WARD, id));
        this.directorates = new Named<>("directorate", PeopleService.DIRECTORATE, tasks, people::directorates,
                Directorate::id, Directorate::name, Directorate::new, people::saveDirectorate,
                people::deleteDirectorate, id -> people.history(PeopleService.DIRECTORATE, id));
        this.serviceAreas = new ServiceAreas(people, tasks);
    }

    public void setConfirmation(Confirmation confirmation) {
        lists().forEach(list -> list.setConfirmation(confirmation));
    }

    public void load() {
        lists().forEach(DirectoryListViewModel::load);
    }

    public List<DirectoryListViewModel<?>> lists() {
        return List.of(groups, wards, directorates, serviceAreas);
    }

    /** Groups, wards, directorates and service areas whose name contains the text. Safe off the JavaFX thread. */
    public List<SearchHit> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String wanted = text.trim().toLowerCase(Locale.UK);
        List<SearchHit> hits = new ArrayList<>();
        Stream.of(
                people.groups().stream().filter(g -> matches(wanted, g.name(), g.shortName()))
                        .map(g -> hit("group", g.id(), g.name(), "Political group · " + g.shortName())),
                people.wards().stream().filter(w -> matches(wanted, w.name()))
                        .map(w -> hit("ward", w.id(), w.name(), "Ward")),
                people.directorates().stream().filter(d -> matches(wanted, d.name()))
                        .map(d -> hit("directorate", d.id(), d.name(), "Directorate")),
                people.serviceAreas().stream().filter(a -> matches(wanted, a.name()))
                        .map(a -> hit("area", a.id(), a.name(), "Service area")))
                .flatMap(s -> s).limit(MAX_HITS).forEach(hits::add);
        return hits;
    }

    private static boolean matches(String wanted, String... texts) {
        for (String text : texts) {
            if (text != null && text.toLowerCase(Locale.UK).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static SearchHit hit(String kind, long id, String title, String detail) {
        return new SearchHit(SECTION_ID, kind + ":" + id, title, detail);
    }

    /**
     * The list a search hit's record id ("group:3", "ward:7", "directorate:2", "area:5") belongs
     * to, after selecting that entry in it; null if the id is not one of ours.
     */
    public DirectoryListViewModel<?> reveal(String recordId) {
        int colon = recordId == null ? -1 : recordId.indexOf(':');
        if (colon < 0) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(recordId.substring(colon + 1));
        } catch (NumberFormatException e) {
            return null;
        }
        return switch (recordId.substring(0, colon)) {
            case "group" -> selectIn(groups, id);
            case "ward" -> selectIn(wards, id);
            case "directorate" -> selectIn(directorates, id);
            case "area" -> selectIn(serviceAreas, id);
            default -> null;
        };
    }

    private static <T> DirectoryListViewModel<T> selectIn(DirectoryListViewModel<T> list, long id) {
        list.reveal(id);
        return list;
    }

    public Groups groups() {
        return groups;
    }

    public Named<Ward> wards() {
        return wards;
    }

    public Named<Directorate> directorates() {
        return directorates;
    }

    public ServiceAreas serviceAreas() {
        return serviceAreas;
    }
}
