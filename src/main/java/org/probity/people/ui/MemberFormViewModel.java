package org.probity.people.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.common.ValidationException;
import org.probity.people.GroupMembership;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.PeopleService;
import org.probity.people.PoliticalGroup;
import org.probity.people.ServiceArea;
import org.probity.people.SpecialResponsibility;
import org.probity.people.Ward;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.FieldErrors;
import org.probity.ui.FormState;
import org.probity.ui.HistoryViewModel;

/** The member being edited: its fields, their validation messages, and save, cancel and delete. */
public final class MemberFormViewModel extends FormState {

    /** The field names {@link PeopleService#validateMember} uses, one message each. */
    public static final List<String> FIELDS = List.of("title", "forenames", "surname", "kind", "termStart",
            "termEnd", "email", "groups", "wards", "responsibilities");

    /** The order of fields in a member's history, as the service names them. */
    static final List<String> HISTORY_FIELDS = List.of("Title", "Forenames", "Surname", "Kind", "Term start",
            "Term end", "Email", "Groups", "Wards", "Special responsibilities");

    /** One membership of a political group, as a line of the form. */
    public static final class GroupLine {
        private final ObjectProperty<PoliticalGroup> group = new SimpleObjectProperty<>(this, "group");
        private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
        private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");

        public ObjectProperty<PoliticalGroup> groupProperty() {
            return group;
        }

        public ObjectProperty<LocalDate> fromProperty() {
            return from;
        }

        public ObjectProperty<LocalDate> toProperty() {
            return to;
        }

        Observable[] parts() {
            return new Observable[] {group, from, to};
        }
    }

    /** One role with special responsibility, as a line of the form. */
    public static final class ResponsibilityLine {
        private final StringProperty role = new SimpleStringProperty(this, "role", "");
        private final ObjectProperty<ServiceArea> serviceArea = new SimpleObjectProperty<>(this, "serviceArea");
        private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
        private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");

        public StringProperty roleProperty() {
            return role;
        }

        public ObjectProperty<ServiceArea> serviceAreaProperty() {
            return serviceArea;
        }

        public ObjectProperty<LocalDate> fromProperty() {
            return from;
        }

        public ObjectProperty<LocalDate> toProperty() {
            return to;
        }

        Observable[] parts() {
            return new Observable[] {role, serviceArea, from, to};
        }
    }

    /** A ward the member may represent, ticked if they do. */
    public static final class WardChoice {
        private final Ward ward;
        private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen");

        WardChoice(Ward ward) {
            this.ward = ward;
        }

        public Ward ward() {
            return ward;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return ward.name();
        }
    }

    private final PeopleService people;
    private final BackgroundTasks tasks;

    // Properties
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty forenames = new SimpleStringProperty(this, "forenames", "");
    private final StringProperty surname = new SimpleStringProperty(this, "surname", "");
    private final ObjectProperty<MemberKind> kind = new SimpleObjectProperty<>(this, "kind", MemberKind.ELECTED);
    private final ObjectProperty<LocalDate> termStart = new SimpleObjectProperty<>(this, "termStart");
    private final ObjectProperty<LocalDate> termEnd = new SimpleObjectProperty<>(this, "termEnd");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final ObservableList<GroupLine> groupLines = FXCollections.observableArrayList();
    private final ObservableList<WardChoice> wardChoices = FXCollections.observableArrayList();
    private final ObservableList<ResponsibilityLine> responsibilityLines = FXCollections.observableArrayList();
    private final ObservableList<PoliticalGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<ServiceArea> serviceAreas = FXCollections.observableArrayList();
    private final ObservableList<MemberKind> kinds = FXCollections.observableArrayList(MemberKind.values());
    private final HistoryViewModel history;

    private Member original;
    private boolean filling;
    private Consumer<Member> onSaved = m -> { };
    private LongConsumer onDeleted = id -> { };
    private final InvalidationListener changed = obs -> {
        if (!filling) {
            dirty.set(true);
            status.set(null);
        }
    };

    public MemberFormViewModel(PeopleService people, BackgroundTasks tasks) {
        super(new FieldErrors(FIELDS), "No member selected");
        this.people = people;
        this.tasks = tasks;
        this.history = new HistoryViewModel(tasks, HISTORY_FIELDS);
        for (Observable field : new Observable[] {title, forenames, surname, kind, termStart, termEnd, email,
                groupLines, responsibilityLines}) {
            field.addListener(changed);
        }
    }

    void whenSaved(Consumer<Member> action) {
        this.onSaved = action;
    }

    void whenDeleted(LongConsumer action) {
        this.onDeleted = action;
    }

    /** The choices the form offers; ticks on wards the member already has are kept. */
    void setChoices(List<PoliticalGroup> groupChoices, List<Ward> wards, List<ServiceArea> areas) {
        boolean wasFilling = filling;
        filling = true;
        Set<Long> ticked = chosenWardIds();
        groups.setAll(groupChoices);
        serviceAreas.setAll(areas);
        wardChoices.setAll(wards.stream().map(this::choice).toList());
        wardChoices.forEach(c -> c.chosen.set(ticked.contains(c.ward.id())));
        filling = wasFilling;
    }

    private WardChoice choice(Ward ward) {
        WardChoice choice = new WardChoice(ward);
        choice.chosen.addListener(changed);
        return choice;
    }

    // Commands

    public void newMember() {
        fill(null);
        heading.set("New member");
    }

    public void edit(Member member) {
        fill(member);
    }

    /** Stops editing altogether (e.g. the member was deleted). */
    public void close() {
        fill(null);
        editing.set(false);
        heading.set("No member selected");
        history.clear();
    }

    /** Puts the fields back as they were when the member was opened. */
    public void cancel() {
        if (!editing.get()) {
            return;
        }
        if (original == null) {
            close();
        } else {
            fill(original);
        }
    }

    public void addGroupLine() {
        GroupLine line = new GroupLine();
        line.from.set(people.today());
        listen(line.parts());
        groupLines.add(line);
    }

    public void removeGroupLine(GroupLine line) {
        groupLines.remove(line);
    }

    public void addResponsibilityLine() {
        ResponsibilityLine line = new ResponsibilityLine();
        line.from.set(people.today());
        listen(line.parts());
        responsibilityLines.add(line);
    }

    public void removeResponsibilityLine(ResponsibilityLine line) {
        responsibilityLines.remove(line);
    }

    /** Checks and saves the member in the background; problems appear beside their fields. */
    public void save() {
        if (!editing.get() || busy.get()) {
            return;
        }
        errors.clear();
        problem.set(null);
        status.set(null);
        String incomplete = incompleteGroupLines();
        if (incomplete != null) {
            errors.of("groups").set(incomplete);
            problem.set("The member was not saved. Please correct the fields marked in red.");
            return;
        }
        Member member = toMember();
        busy.set(true);
        tasks.run("Saving " + member.displayName(), () -> people.saveMember(member), saved -> {
            busy.set(false);
            fill(saved);
            status.set("Saved " + saved.displayName() + ".");
            onSaved.accept(saved);
        }, this::refused);
    }

    /** Deletes the member being edited, in the background. The view asks for confirmation first. */
    public void delete() {
        if (original == null || busy.get()) {
            return;
        }
        long id = original.id();
        String name = original.displayName();
        busy.set(true);
        tasks.run("Deleting " + name, () -> {
            people.deleteMember(id);
            return id;
        }, deleted -> {
            busy.set(false);
            close();
            status.set("Deleted " + name + ".");
            onDeleted.accept(deleted);
        }, this::refused);
    }

    private void refused(Throwable error) {
        busy.set(false);
        if (error instanceof ValidationException invalid) {
            String elsewhere = errors.show(invalid);
            problem.set(elsewhere != null ? elsewhere
                    : "The member was not saved. Please correct the fields marked in red.");
        } else {
            problem.set(StorageMessages.describe(error));
        }
    }

    private String incompleteGroupLines() {
        for (int i = 0; i < groupLines.size(); i++) {
            if (groupLines.get(i).group.get() == null) {
                return "Choose the group for membership " + (i + 1) + ", or remove that line.";
            }
        }
        return null;
    }

    /** The member as the form now describes it. */
    public Member toMember() {
        List<GroupMembership> memberships = groupLines.stream().filter(l -> l.group.get() != null)
                .map(l -> new GroupMembership(l.group.get().id(), l.from.get(), l.to.get())).toList();
        List<SpecialResponsibility> roles = responsibilityLines.stream()
                .map(l -> new SpecialResponsibility(trimmed(l.role.get()),
                        l.serviceArea.get() == null ? null : l.serviceArea.get().id(), l.from.get(), l.to.get()))
                .toList();
        List<Long> wards = wardChoices.stream().filter(c -> c.chosen.get()).map(c -> c.ward.id()).toList();
        return new Member(original == null ? null : original.id(), trimmed(title.get()), trimmed(forenames.get()),
                trimmed(surname.get()), kind.get(), termStart.get(), termEnd.get(), trimmed(email.get()), memberships,
                wards, roles);
    }

    private void fill(Member member) {
        filling = true;
        try {
            original = member;
            Map<Long, PoliticalGroup> groupsById = groups.stream().collect(Collectors.toMap(PoliticalGroup::id,
                    g -> g));
            Map<Long, ServiceArea> areasById = serviceAreas.stream().collect(Collectors.toMap(ServiceArea::id,
                    a -> a));
            title.set(member == null ? "Cllr" : nullToEmpty(member.title()));
            forenames.set(member == null ? "" : member.forenames());
            surname.set(member == null ? "" : member.surname());
            kind.set(member == null ? MemberKind.ELECTED : member.kind());
            termStart.set(member == null ? null : member.termStart());
            termEnd.set(member == null ? null : member.termEnd());
            email.set(member == null ? "" : nullToEmpty(member.email()));
            List<GroupLine> lines = new ArrayList<>();
            for (GroupMembership g : member == null ? List.<GroupMembership>of() : member.groups()) {
                GroupLine line = new GroupLine();
                line.group.set(groupsById.get(g.groupId()));
                line.from.set(g.from());
                line.to.set(g.to());
                listen(line.parts());
                lines.add(line);
            }
            groupLines.setAll(lines);
            Set<Long> wards = member == null ? Set.of() : new HashSet<>(member.wardIds());
            wardChoices.forEach(c -> c.chosen.set(wards.contains(c.ward.id())));
            List<ResponsibilityLine> roles = new ArrayList<>();
            for (SpecialResponsibility r : member == null ? List.<SpecialResponsibility>of()
                    : member.responsibilities()) {
                ResponsibilityLine line = new ResponsibilityLine();
                line.role.set(r.role());
                line.serviceArea.set(r.serviceAreaId() == null ? null : areasById.get(r.serviceAreaId()));
                line.from.set(r.from());
                line.to.set(r.to());
                listen(line.parts());
                roles.add(line);
            }
            responsibilityLines.setAll(roles);
            errors.clear();
            problem.set(null);
            status.set(null);
            dirty.set(false);
            editing.set(true);
            existing.set(member != null);
            heading.set(member == null ? "New member" : member.displayName());
            if (member == null) {
                history.clear();
            } else {
                long id = member.id();
                history.show(() -> people.history(PeopleService.MEMBER, id));
            }
        } finally {
            filling = false;
        }
    }

    private void listen(Observable... parts) {
        for (Observable part : parts) {
            part.addListener(changed);
        }
    }

    private Set<Long> chosenWardIds() {
        return wardChoices.stream().filter(c -> c.chosen.get()).map(c -> c.ward.id()).collect(Collectors.toSet());
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // Property accessors

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty forenamesProperty() {
        return forenames;
    }

    public StringProperty surnameProperty() {
        return surname;
    }

    public ObjectProperty<MemberKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> termStartProperty() {
        return termStart;
    }

    public ObjectProperty<LocalDate> termEndProperty() {
        return termEnd;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObservableList<GroupLine> groupLines() {
        return groupLines;
    }

    public ObservableList<WardChoice> wardChoices() {
        return wardChoices;
    }

    public ObservableList<ResponsibilityLine> responsibilityLines() {
        return responsibilityLines;
    }

    public ObservableList<PoliticalGroup> groups() {
        return groups;
    }

    public ObservableList<ServiceArea> serviceAreas() {
        return serviceAreas;
    }

    public ObservableList<MemberKind> kinds() {
        return kinds;
    }

    public HistoryViewModel history() {
        return history;
    }

    /** The member as last loaded or saved, or null for a new one. */
    public Member original() {
        return original;
    }
}
