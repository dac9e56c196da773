package org.probity.people.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
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
import org.probity.people.Directorate;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.ServiceArea;
import org.probity.people.StatutoryRole;
import org.probity.people.Tier;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.FieldErrors;
import org.probity.ui.FormState;
import org.probity.ui.HistoryViewModel;

/** The officer being edited: its fields, their validation messages, and save, cancel and delete. */
public final class OfficerFormViewModel extends FormState {

    /** The field names {@link PeopleService#validateOfficer} uses, one message each. */
    public static final List<String> FIELDS = List.of("staffNumber", "forenames", "surname", "post", "directorate",
            "serviceArea", "tier", "lineManager", "politicallyRestricted", "statutoryRole", "startDate", "leaveDate",
            "email");

    static final List<String> HISTORY_FIELDS = List.of("Staff number", "Forenames", "Surname", "Post",
            "Directorate", "Service area", "Tier", "Line manager", "Politically restricted", "Statutory role",
            "Start date", "Leaving date", "Email");

    /** An officer offered as a line manager. */
    public record OfficerChoice(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final PeopleService people;
    private final BackgroundTasks tasks;

    private final StringProperty staffNumber = new SimpleStringProperty(this, "staffNumber", "");
    private final StringProperty forenames = new SimpleStringProperty(this, "forenames", "");
    private final StringProperty surname = new SimpleStringProperty(this, "surname", "");
    private final StringProperty post = new SimpleStringProperty(this, "post", "");
    private final ObjectProperty<Directorate> directorate = new SimpleObjectProperty<>(this, "directorate");
    private final ObjectProperty<ServiceArea> serviceArea = new SimpleObjectProperty<>(this, "serviceArea");
    private final ObjectProperty<Integer> tier = new SimpleObjectProperty<>(this, "tier", 4);
    private final ObjectProperty<OfficerChoice> lineManager = new SimpleObjectProperty<>(this, "lineManager");
    private final BooleanProperty politicallyRestricted = new SimpleBooleanProperty(this, "politicallyRestricted");
    private final ObjectProperty<StatutoryRole> statutoryRole = new SimpleObjectProperty<>(this, "statutoryRole");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>(this, "startDate");
    private final ObjectProperty<LocalDate> leaveDate = new SimpleObjectProperty<>(this, "leaveDate");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");

    private final ObservableList<Directorate> directorates = FXCollections.observableArrayList();
    private final ObservableList<ServiceArea> serviceAreas = FXCollections.observableArrayList();
    private final ObservableList<OfficerChoice> managers = FXCollections.observableArrayList();
    private final ObservableList<Integer> tiers = FXCollections.observableArrayList(
            IntStream.rangeClosed(Tier.CHIEF_EXECUTIVE, Tier.LOWEST).boxed().toList());
    private final ObservableList<StatutoryRole> statutoryRoles = FXCollections.observableArrayList(
            StatutoryRole.values());

    private final HistoryViewModel history;

    private Officer original;
    private Map<Long, String> allOfficers = Map.of();
    private boolean filling;
    private Consumer<Officer> onSaved = o -> { };
    private LongConsumer onDeleted = id -> { };

    public OfficerFormViewModel(PeopleService people, BackgroundTasks tasks) {
        super(new FieldErrors(FIELDS), "No officer selected");
        this.people = people;
        this.tasks = tasks;
        this.history = new HistoryViewModel(tasks, HISTORY_FIELDS);
        InvalidationListener changed = obs -> {
            if (!filling) {
                dirty.set(true);
                status.set(null);
            }
        };
        for (Observable field : new Observable[] {staffNumber, forenames, surname, post, directorate, serviceArea,
                tier, lineManager, politicallyRestricted, statutoryRole, startDate, leaveDate, email}) {
            field.addListener(changed);
        }
    }

    /** "2 – Director": what a tier number means, for the tier chooser and the list. */
    public static String tierLabel(Integer tier) {
        if (tier == null) {
            return "";
        }
        return switch (tier) {
            case Tier.CHIEF_EXECUTIVE -> "1 – Chief Executive";
            case Tier.DIRECTOR -> "2 – Director";
            case Tier.HEAD_OF_SERVICE -> "3 – Head of Service";
            default -> tier + " – Below Head of Service";
        };
    }

    void whenSaved(Consumer<Officer> action) {
        this.onSaved = action;
    }

    void whenDeleted(LongConsumer action) {
        this.onDeleted = action;
    }

    /**
     * The choices the form offers. {@code everyone} names every officer, including those who
     * have left, so that a link to a former manager can still be shown.
     */
    void setChoices(List<Directorate> directorateChoices, List<ServiceArea> areas, List<OfficerChoice> managerChoices,
                    Map<Long, String> everyone) {
        boolean wasFilling = filling;
        allOfficers = everyone;
        filling = true;
        try {
            Long wantedDirectorate = directorate.get() == null ? null : directorate.get().id();
            Long wantedArea = serviceArea.get() == null ? null : serviceArea.get().id();
            Long wantedManager = lineManager.get() == null ? null : lineManager.get().id();
            directorates.setAll(directorateChoices);
            serviceAreas.setAll(areas);
            managers.setAll(managerChoices);
            directorate.set(findDirectorate(wantedDirectorate));
            serviceArea.set(findArea(wantedArea));
            lineManager.set(findManager(wantedManager));
        } finally {
            filling = wasFilling;
        }
    }

    // Commands

    public void newOfficer() {
        fill(null);
    }

    public void edit(Officer officer) {
        fill(officer);
    }

    public void close() {
        fill(null);
        editing.set(false);
        heading.set("No officer selected");
        history.clear();
    }

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

    public void save() {
        if (!editing.get() || busy.get()) {
            return;
        }
        errors.clear();
        problem.set(null);
        status.set(null);
        if (tier.get() == null) {
            errors.of("tier").set("Choose the tier, from 1 (Chief Executive) to " + Tier.LOWEST + ".");
            problem.set("The officer was not saved. Please correct the fields marked in red.");
            return;
        }
        Officer officer = toOfficer();
        busy.set(true);
        tasks.run("Saving " + officer.displayName(), () -> people.saveOfficer(officer), saved -> {
            busy.set(false);
            fill(saved);
            status.set("Saved " + saved.displayName() + ".");
            onSaved.accept(saved);
        }, this::refused);
    }

    public void delete() {
        if (original == null || busy.get()) {
            return;
        }
        long id = original.id();
        String name = original.displayName();
        busy.set(true);
        tasks.run("Deleting " + name, () -> {
            people.deleteOfficer(id);
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
                    : "The officer was not saved. Please correct the fields marked in red.");
        } else {
            problem.set(StorageMessages.describe(error));
        }
    }

    public Officer toOfficer() {
        return new Officer(original == null ? null : original.id(), trimmed(staffNumber.get()),
                trimmed(forenames.get()), trimmed(surname.get()), trimmed(post.get()),
                directorate.get() == null ? null : directorate.get().id(),
                serviceArea.get() == null ? null : serviceArea.get().id(),
                tier.get() == null ? 0 : tier.get(), lineManager.get() == null ? null : lineManager.get().id(),
                politicallyRestricted.get(), statutoryRole.get(), startDate.get(), leaveDate.get(),
                trimmed(email.get()));
    }

    private void fill(Officer officer) {
        filling = true;
        try {
            original = officer;
            staffNumber.set(officer == null ? "" : officer.staffNumber());
            forenames.set(officer == null ? "" : officer.forenames());
            surname.set(officer == null ? "" : officer.surname());
            post.set(officer == null ? "" : officer.post());
            directorate.set(officer == null ? null : findDirectorate(officer.directorateId()));
            serviceArea.set(officer == null ? null : findArea(officer.serviceAreaId()));
            tier.set(officer == null ? 4 : officer.tier());
            lineManager.set(officer == null ? null : findManager(officer.lineManagerId()));
            politicallyRestricted.set(officer != null && officer.politicallyRestricted());
            statutoryRole.set(officer == null ? null : officer.statutoryRole());
            startDate.set(officer == null ? people.today() : officer.startDate());
            leaveDate.set(officer == null ? null : officer.leaveDate());
            email.set(officer == null || officer.email() == null ? "" : officer.email());
            errors.clear();
            problem.set(null);
            status.set(null);
            dirty.set(false);
            editing.set(true);
            existing.set(officer != null);
            heading.set(officer == null ? "New officer" : officer.displayName());
            if (officer == null) {
                history.clear();
            } else {
                long id = officer.id();
                history.show(() -> people.history(PeopleService.OFFICER, id));
            }
        } finally {
            filling = false;
        }
    }

    private Directorate findDirectorate(Long id) {
        return id == null ? null : directorates.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    private ServiceArea findArea(Long id) {
        return id == null ? null : serviceAreas.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    private OfficerChoice findManager(Long id) {
        if (id == null) {
            return null;
        }
        // A manager who has since left is not offered, but an existing link to them is kept.
        return managers.stream().filter(m -> m.id() == id).findFirst()
                .orElseGet(() -> new OfficerChoice(id, allOfficers.getOrDefault(id, "Officer " + id) + " (left)"));
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // Property accessors

    public StringProperty staffNumberProperty() {
        return staffNumber;
    }

    public StringProperty forenamesProperty() {
        return forenames;
    }

    public StringProperty surnameProperty() {
        return surname;
    }

    public StringProperty postProperty() {
        return post;
    }

    public ObjectProperty<Directorate> directorateProperty() {
        return directorate;
    }

    public ObjectProperty<ServiceArea> serviceAreaProperty() {
        return serviceArea;
    }

    public ObjectProperty<Integer> tierProperty() {
        return tier;
    }

    public ObjectProperty<OfficerChoice> lineManagerProperty() {
        return lineManager;
    }

    public BooleanProperty politicallyRestrictedProperty() {
        return politicallyRestricted;
    }

    public ObjectProperty<StatutoryRole> statutoryRoleProperty() {
        return statutoryRole;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public ObjectProperty<LocalDate> leaveDateProperty() {
        return leaveDate;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObservableList<Directorate> directorates() {
        return directorates;
    }

    public ObservableList<ServiceArea> serviceAreas() {
        return serviceAreas;
    }

    /** Current officers, offered as line managers. */
    public ObservableList<OfficerChoice> managers() {
        return managers;
    }

    public ObservableList<Integer> tiers() {
        return tiers;
    }

    public ObservableList<StatutoryRole> statutoryRoles() {
        return statutoryRoles;
    }

    public HistoryViewModel history() {
        return history;
    }

    public Officer original() {
        return original;
    }

    boolean isOriginal(long id) {
        return original != null && Objects.equals(original.id(), id);
    }
}
