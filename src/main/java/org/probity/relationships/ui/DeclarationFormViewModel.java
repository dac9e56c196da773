package org.probity.relationships.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.common.ValidationException;
import org.probity.people.PersonRef;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationService;
import org.probity.relationships.NotificationMethod;
import org.probity.relationships.NotifiedTo;
import org.probity.relationships.RelationshipKind;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.FieldErrors;
import org.probity.ui.FormState;
import org.probity.ui.HistoryViewModel;

/** The declaration being made or edited: the two people, the kind of relationship and how it was declared. */
public final class DeclarationFormViewModel extends FormState {

    /** The field names {@link DeclarationService#validateDeclaration} uses. */
    public static final List<String> FIELDS = List.of("partyA", "partyB", "kind", "kindOther", "since",
            "declaredBy", "declaredOn", "how", "declaredTo", "description", "reviewDate", "actions");

    static final List<String> HISTORY_FIELDS = List.of("Reference", "First person", "Second person", "Kind", "Since",
            "Declared by", "Declared on", "How", "Declared to", "Description", "Status", "Decision", "Reasons",
            "Decided on", "Decided by", "Review date", "Actions", "Ended or withdrawn on", "Note on ending",
            "Last confirmed", "Conflict flag");

    private final DeclarationService register;
    private final BackgroundTasks tasks;

    private final ObjectProperty<PersonChoice> partyA = new SimpleObjectProperty<>(this, "partyA");
    private final ObjectProperty<PersonChoice> partyB = new SimpleObjectProperty<>(this, "partyB");
    private final ObjectProperty<RelationshipKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty kindOther = new SimpleStringProperty(this, "kindOther", "");
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>(this, "since");
    private final ObjectProperty<PersonChoice> declaredBy = new SimpleObjectProperty<>(this, "declaredBy");
    private final ObjectProperty<LocalDate> declaredOn = new SimpleObjectProperty<>(this, "declaredOn");
    private final ObjectProperty<NotificationMethod> how = new SimpleObjectProperty<>(this, "how");
    private final ObjectProperty<NotifiedTo> declaredTo = new SimpleObjectProperty<>(this, "declaredTo");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");

    private final ObservableList<PersonChoice> people = FXCollections.observableArrayList();
    private final HistoryViewModel history;

    private Declaration original;
    private Map<PersonRef, PersonChoice> everyone = Map.of();
    private boolean filling;
    private Consumer<Declaration> onSaved = d -> { };

    public DeclarationFormViewModel(DeclarationService register, BackgroundTasks tasks) {
        super(new FieldErrors(FIELDS), "No declaration selected");
        this.register = register;
        this.tasks = tasks;
        this.history = new HistoryViewModel(tasks, HISTORY_FIELDS);
        InvalidationListener changed = obs -> {
            if (!filling) {
                dirty.set(true);
                status.set(null);
            }
        };
        for (Observable field : new Observable[] {partyA, partyB, kind, kindOther, since, declaredBy, declaredOn,
                how, declaredTo, description}) {
            field.addListener(changed);
        }
    }

    void whenSaved(Consumer<Declaration> action) {
        this.onSaved = action;
    }

    /**
     * The people offered ({@code current}) and everyone who may appear on an older declaration,
     * so that a party who has since left is still shown by name.
     */
    void setChoices(List<PersonChoice> current, Map<PersonRef, PersonChoice> all) {
        boolean wasFilling = filling;
        filling = true;
        try {
            everyone = all;
            PersonRef a = ref(partyA.get());
            PersonRef b = ref(partyB.get());
            PersonRef by = ref(declaredBy.get());
            people.setAll(current);
            partyA.set(choice(a));
            partyB.set(choice(b));
            declaredBy.set(choice(by));
        } finally {
            filling = wasFilling;
        }
    }

    // Commands

    public void newDeclaration() {
        fill(null);
    }

    public void edit(Declaration declaration) {
        fill(declaration);
    }

    public boolean isOriginal(long id) {
        return original != null && original.id() == id && !dirty.get();
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

    public void close() {
        fill(null);
        editing.set(false);
        existing.set(false);
        heading.set("No declaration selected");
        history.clear();
    }

    public void save() {
        if (!editing.get() || busy.get()) {
            return;
        }
        errors.clear();
        problem.set(null);
        status.set(null);
        Declaration changed = toDeclaration();
        busy.set(true);
        boolean isNew = original == null;
        tasks.run(isNew ? "Recording a declaration" : "Saving " + original.reference(),
                () -> isNew ? register.declare(changed) : register.update(changed), saved -> {
                    busy.set(false);
                    fill(saved);
                    status.set((isNew ? "Recorded " : "Saved ") + saved.reference() + ".");
                    onSaved.accept(saved);
                }, this::refused);
    }

    private void refused(Throwable error) {
        busy.set(false);
        if (error instanceof ValidationException invalid) {
            String elsewhere = errors.show(invalid);
            problem.set(elsewhere != null ? elsewhere
                    : "The declaration was not saved. Please correct the fields marked in red.");
        } else {
            problem.set(StorageMessages.describe(error));
        }
    }

    Declaration toDeclaration() {
        Declaration d = Declaration.declared(ref(partyA.get()), ref(partyB.get()), kind.get(),
                kind.get() == RelationshipKind.OTHER ? trimmed(kindOther.get()) : null, since.get(),
                ref(declaredBy.get()), declaredOn.get(), how.get(), declaredTo.get(), trimmed(description.get()));
        return original == null ? d : d.withIdentity(original.id(), original.reference());
    }

    private void fill(Declaration d) {
        filling = true;
        try {
            original = d;
            partyA.set(d == null ? null : choice(d.partyA()));
            partyB.set(d == null ? null : choice(d.partyB()));
            kind.set(d == null ? null : d.kind());
            kindOther.set(d == null || d.kindOther() == null ? "" : d.kindOther());
            since.set(d == null ? null : d.since());
            declaredBy.set(d == null ? null : choice(d.declaredBy()));
            declaredOn.set(d == null ? register.today() : d.declaredOn());
            how.set(d == null ? NotificationMethod.IN_WRITING : d.how());
            declaredTo.set(d == null ? NotifiedTo.MONITORING_OFFICER : d.declaredTo());
            description.set(d == null || d.description() == null ? "" : d.description());
            errors.clear();
            problem.set(null);
            status.set(null);
            dirty.set(false);
            editing.set(true);
            existing.set(d != null);
            heading.set(d == null ? "New declaration" : d.reference() + " · " + nameOf(d.partyA()) + " and "
                    + nameOf(d.partyB()));
            if (d == null) {
                history.clear();
            } else {
                long id = d.id();
                history.show(() -> register.history(id));
            }
        } finally {
            filling = false;
        }
    }

    private String nameOf(PersonRef ref) {
        PersonChoice choice = everyone.get(ref);
        return choice == null ? "(removed)" : choice.name();
    }

    private PersonChoice choice(PersonRef ref) {
        if (ref == null) {
            return null;
        }
        PersonChoice known = everyone.get(ref);
        return known != null ? known : new PersonChoice(ref, "(removed)", ref.isMember() ? "(removed member)"
                : "(removed officer)");
    }

    private static PersonRef ref(PersonChoice choice) {
        return choice == null ? null : choice.ref();
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // Property accessors

    public ObjectProperty<PersonChoice> partyAProperty() {
        return partyA;
    }

    public ObjectProperty<PersonChoice> partyBProperty() {
        return partyB;
    }

    public ObjectProperty<RelationshipKind> kindProperty() {
        return kind;
    }

    public StringProperty kindOtherProperty() {
        return kindOther;
    }

    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    public ObjectProperty<PersonChoice> declaredByProperty() {
        return declaredBy;
    }

    public ObjectProperty<LocalDate> declaredOnProperty() {
        return declaredOn;
    }

    public ObjectProperty<NotificationMethod> howProperty() {
        return how;
    }

    public ObjectProperty<NotifiedTo> declaredToProperty() {
        return declaredTo;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<PersonChoice> people() {
        return people;
    }

    public HistoryViewModel history() {
        return history;
    }
}
