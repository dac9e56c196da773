package org.probity.relationships.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.probity.calendar.CalendarService;
import org.probity.common.UkDates;
import org.probity.common.ValidationException;
import org.probity.relationships.Decision;
import org.probity.relationships.DecisionKind;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationService;
import org.probity.relationships.DeclarationStatus;
import org.probity.relationships.RelationshipDueItems;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.FieldErrors;

/**
 * The Monitoring Officer's decision on the selected declaration, its actions and review date,
 * and the changes of status: under review, ended and withdrawn.
 */
public final class DecisionViewModel {

    /**
     * The decision's field names. Problems with ending or withdrawing (endedOn, endedNote,
     * status) are shown above the form, as their fields are in a dialog that has closed.
     */
    public static final List<String> FIELDS = List.of("decision", "decisionOther", "reasons", "decidedOn",
            "decidedBy", "reviewDate", "actions");

    private final DeclarationService register;
    private final CalendarService calendar;
    private final BackgroundTasks tasks;

    private final ObjectProperty<DecisionKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty otherText = new SimpleStringProperty(this, "otherText", "");
    private final StringProperty reasons = new SimpleStringProperty(this, "reasons", "");
    private final ObjectProperty<LocalDate> decidedOn = new SimpleObjectProperty<>(this, "decidedOn");
    private final StringProperty decidedBy = new SimpleStringProperty(this, "decidedBy", "");
    private final ObjectProperty<LocalDate> reviewDate = new SimpleObjectProperty<>(this, "reviewDate");
    private final ObservableList<ActionLine> actions = FXCollections.observableArrayList(line -> new Observable[] {
        line.descriptionProperty(), line.ownerProperty(), line.dueProperty(), line.doneProperty()});

    private final FieldErrors errors = new FieldErrors(FIELDS);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper standing = new ReadOnlyStringWrapper(this, "standing", "");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper reviewable = new ReadOnlyBooleanWrapper(this, "reviewable");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private Declaration original;
    private boolean filling;
    private Consumer<Declaration> onSaved = d -> { };

    public DecisionViewModel(DeclarationService register, CalendarService calendar, BackgroundTasks tasks) {
        this.register = register;
        this.calendar = calendar;
        this.tasks = tasks;
        InvalidationListener changed = obs -> {
            if (!filling) {
                dirty.set(true);
                status.set(null);
            }
        };
        for (Observable field : new Observable[] {kind, otherText, reasons, decidedOn, decidedBy, reviewDate}) {
            field.addListener(changed);
        }
        actions.addListener((ListChangeListener<ActionLine>) c -> changed.invalidated(actions));
    }

    void whenSaved(Consumer<Declaration> action) {
        this.onSaved = action;
    }

    // Commands

    public void edit(Declaration d) {
        filling = true;
        try {
            original = d;
            Decision decision = d.decision();
            kind.set(decision == null ? null : decision.kind());
            otherText.set(decision == null || decision.otherText() == null ? "" : decision.otherText());
            reasons.set(decision == null || decision.reasons() == null ? "" : decision.reasons());
            decidedOn.set(decision == null ? register.today() : decision.decidedOn());
            decidedBy.set(decision == null || decision.decidedBy() == null ? "" : decision.decidedBy());
            reviewDate.set(d.reviewDate());
            actions.setAll(d.actions().stream().map(a -> new ActionLine(a, register::today)).toList());
            errors.clear();
            problem.set(null);
            status.set(null);
            dirty.set(false);
            editing.set(true);
            active.set(d.isActive());
            reviewable.set(d.status() == DeclarationStatus.DECIDED);
            standing.set(describe(d));
        } finally {
            filling = false;
        }
        if (d.status() == DeclarationStatus.AWAITING_DECISION) {
            long id = d.id();
            tasks.run("Working out when the decision is due", () -> calendar.due(d.declaredOn(),
                    RelationshipDueItems.DECISION_WORKING_DAYS).due(), due -> {
                        if (original != null && original.id() == id) {
                            standing.set(describe(d) + " · decision due by " + UkDates.display(due) + " ("
                                    + RelationshipDueItems.DECISION_WORKING_DAYS + " working days)");
                        }
                    }, error -> { });
        }
    }

    /** "Decided", "Ended on 3 Mar 2026: moved to another council", …: where the declaration stands. */
    static String describe(Declaration d) {
        return switch (d.status()) {
            case ENDED, WITHDRAWN -> d.status().label() + " on " + UkDates.display(d.endedOn())
                    + (d.endedNote() == null ? "" : ": " + d.endedNote());
            default -> d.status().label() + " · last declared or re-confirmed " + UkDates.display(d.lastConfirmed());
        };
    }

    public void close() {
        filling = true;
        try {
            original = null;
            kind.set(null);
            otherText.set("");
            reasons.set("");
            decidedOn.set(null);
            decidedBy.set("");
            reviewDate.set(null);
            actions.clear();
            errors.clear();
            problem.set(null);
            status.set(null);
            standing.set("");
            dirty.set(false);
            editing.set(false);
            active.set(false);
            reviewable.set(false);
        } finally {
            filling = false;
        }
    }

    public void cancel() {
        if (original != null && dirty.get()) {
            edit(original);
        }
    }

    public boolean hasUnsavedChanges() {
        return editing.get() && dirty.get();
    }

    /** Today by the application's clock: the date offered for ending or withdrawing. */
    public LocalDate today() {
        return register.today();
    }

    public void addAction() {
        actions.add(new ActionLine(null, register::today));
    }

    public void removeAction(ActionLine line) {
        actions.remove(line);
    }

    /** Records the decision, review date and actions as they are on screen. */
    public void save() {
        if (original == null || busy.get()) {
            return;
        }
        Decision decision = kind.get() == null ? null : new Decision(kind.get(),
                kind.get() == DecisionKind.OTHER ? trimmed(otherText.get()) : null, trimmed(reasons.get()),
                decidedOn.get(), trimmed(decidedBy.get()));
        long id = original.id();
        LocalDate review = reviewDate.get();
        var list = actions.stream().map(ActionLine::toAction).toList();
        run("Recording the decision on " + original.reference(), () -> register.decide(id, decision, review, list),
                "Recorded the decision on ", "The decision was not recorded.");
    }

    public void startReview() {
        if (original == null) {
            return;
        }
        long id = original.id();
        run("Starting a review of " + original.reference(), () -> register.startReview(id), "Started a review of ",
                "The review was not started.");
    }

    /** The relationship, or the conflict, ended on {@code on}. */
    public void end(LocalDate on, String note) {
        if (original == null) {
            return;
        }
        long id = original.id();
        run("Ending " + original.reference(), () -> register.end(id, on, note), "Ended ",
                "The declaration was not ended.");
    }

    public void withdraw(LocalDate on, String note) {
        if (original == null) {
            return;
        }
        long id = original.id();
        run("Withdrawing " + original.reference(), () -> register.withdraw(id, on, note), "Withdrew ",
                "The declaration was not withdrawn.");
    }

    private void run(String description, Callable<Declaration> work, String done, String refusal) {
        errors.clear();
        problem.set(null);
        status.set(null);
        busy.set(true);
        tasks.run(description, work, saved -> {
            busy.set(false);
            edit(saved);
            status.set(done + saved.reference() + ".");
            onSaved.accept(saved);
        }, error -> {
            busy.set(false);
            if (error instanceof ValidationException invalid) {
                String elsewhere = errors.show(invalid);
                problem.set(elsewhere != null ? refusal + " " + elsewhere
                        : refusal + " Please correct the fields marked in red.");
            } else {
                problem.set(StorageMessages.describe(error));
            }
        });
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // Property accessors

    public ObjectProperty<DecisionKind> kindProperty() {
        return kind;
    }

    public StringProperty otherTextProperty() {
        return otherText;
    }

    public StringProperty reasonsProperty() {
        return reasons;
    }

    public ObjectProperty<LocalDate> decidedOnProperty() {
        return decidedOn;
    }

    public StringProperty decidedByProperty() {
        return decidedBy;
    }

    public ObjectProperty<LocalDate> reviewDateProperty() {
        return reviewDate;
    }

    public ObservableList<ActionLine> actions() {
        return actions;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Where the declaration stands, in a sentence. */
    public ReadOnlyStringProperty standingProperty() {
        return standing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reviewableProperty() {
        return reviewable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
