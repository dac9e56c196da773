package org.probity.people.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.audit.AuditEntry;
import org.probity.common.ValidationException;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Confirmation;
import org.probity.ui.FieldErrors;
import org.probity.ui.HistoryViewModel;

/**
 * One list of the Directory (political groups, wards, directorates or service areas) with the
 * entry being edited beside it. Every entry has a name; subclasses add their other fields.
 *
 * @param <T> the directory record
 */
public abstract class DirectoryListViewModel<T> {

    private final String singular;
    private final String recordType;
    protected final BackgroundTasks tasks;
    private Confirmation confirmation = Confirmation.ALWAYS;

    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<T> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final FieldErrors errors;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyBooleanWrapper existing = new ReadOnlyBooleanWrapper(this, "existing");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final HistoryViewModel history;
    private boolean filling;
    private Long pendingReveal;
    private final InvalidationListener changed = obs -> {
        if (!filling) {
            dirty.set(true);
            status.set(null);
        }
    };

    protected DirectoryListViewModel(String singular, String recordType, BackgroundTasks tasks,
                                     List<String> fields, List<String> historyFields) {
        this.singular = singular;
        this.recordType = recordType;
        this.tasks = tasks;
        this.errors = new FieldErrors(fields);
        this.history = new HistoryViewModel(tasks, historyFields);
        this.heading.set("Choose a " + singular + " or add a new one");
        watch(name);
    }

    // What each list does differently

    /** Reads the list and anything its form chooses from; runs in the background. */
    protected abstract Callable<Runnable> reader();

    protected abstract Long idOf(T item);

    protected abstract String labelOf(T item);

    /** The entry as the form now describes it. */
    protected abstract T fromForm(Long id, String name);

    /** Puts an entry (or, for null, a new one's defaults) into the form's own fields. */
    protected abstract void fillOwnFields(T item);

    protected abstract T store(T item);

    protected abstract void remove(long id);

    protected abstract List<AuditEntry> historyOf(long id);

    // Commands

    public void setConfirmation(Confirmation confirmation) {
        this.confirmation = Objects.requireNonNull(confirmation);
    }

    public void load() {
        tasks.run("Reading " + singular + "s", reader(), apply -> {
            Long keep = selected.get() == null ? null : idOf(selected.get());
            apply.run();
            if (pendingReveal != null && find(pendingReveal) != null) {
                keep = null;
                select(find(pendingReveal));
            }
            pendingReveal = null;
            if (keep != null) {
                T again = find(keep);
                selected.set(again);
                if (again == null && existing.get()) {
                    close();
                }
            }
        }, error -> problem.set("The " + singular + "s could not be read. " + StorageMessages.describe(error)));
    }

    public boolean select(T item) {
        if (item == null || (selected.get() != null && Objects.equals(idOf(selected.get()), idOf(item))
                && existing.get())) {
            return true;
        }
        if (!mayDiscardChanges()) {
            return false;
        }
        selected.set(item);
        fill(item);
        return true;
    }

    /** Selects the entry with this id, now or as soon as the list has been read. */
    public void reveal(long id) {
        T item = find(id);
        if (item != null) {
            select(item);
        } else {
            pendingReveal = id;
        }
    }

    public boolean newItem() {
        if (!mayDiscardChanges()) {
            return false;
        }
        selected.set(null);
        fill(null);
        return true;
    }

    public void cancel() {
        if (!editing.get()) {
            return;
        }
        if (selected.get() == null) {
            close();
        } else {
            fill(selected.get());
        }
    }

    public void save() {
        if (!editing.get() || busy.get()) {
            return;
        }
        errors.clear();
        problem.set(null);
        status.set(null);
        T item = fromForm(selected.get() == null ? null : idOf(selected.get()), name.get());
        busy.set(true);
        tasks.run("Saving " + singular, () -> store(item), saved -> {
            busy.set(false);
            int index = indexOf(idOf(saved));
            if (index >= 0) {
                items.set(index, saved);
            } else {
                items.add(saved);
            }
            selected.set(saved);
            fill(saved);
            status.set("Saved " + labelOf(saved) + ".");
        }, this::refused);
    }

    public void delete() {
        T item = selected.get();
        if (item == null || busy.get() || !confirmation.confirm("Delete " + singular, "Delete " + labelOf(item)
                + "? This cannot be undone, though the change history keeps a record of it.")) {
            return;
        }
        long id = idOf(item);
        busy.set(true);
        tasks.run("Deleting " + singular, () -> {
            remove(id);
            return id;
        }, deleted -> {
            busy.set(false);
            int index = indexOf(deleted);
            if (index >= 0) {
                items.remove(index);
            }
            close();
            status.set("Deleted " + labelOf(item) + ".");
        }, error -> {
            if (isStillInUse(error)) {
                busy.set(false);
                problem.set(labelOf(item) + " cannot be deleted because members, officers or other records still"
                        + " refer to it. Change those first. Nothing was changed.");
            } else {
                refused(error);
            }
        });
    }

    private void refused(Throwable error) {
        busy.set(false);
        if (error instanceof ValidationException invalid) {
            String elsewhere = errors.show(invalid);
            problem.set(elsewhere != null ? elsewhere : "Not saved. Please correct the fields marked in red.");
        } else {
            problem.set(StorageMessages.describe(error));
        }
    }

    private static boolean isStillInUse(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private boolean mayDiscardChanges() {
        return !(editing.get() && dirty.get()) || confirmation.confirm("Unsaved changes",
                "You have not saved your changes to " + heading.get() + ". Discard them?");
    }

    private void close() {
        filling = true;
        try {
            selected.set(null);
            name.set("");
            fillOwnFields(null);
            errors.clear();
            editing.set(false);
            existing.set(false);
            dirty.set(false);
            heading.set("Choose a " + singular + " or add a new one");
            history.clear();
        } finally {
            filling = false;
        }
    }

    private void fill(T item) {
        filling = true;
        try {
            name.set(item == null ? "" : labelOf(item));
            fillOwnFields(item);
            errors.clear();
            problem.set(null);
            status.set(null);
            editing.set(true);
            existing.set(item != null);
            dirty.set(false);
            heading.set(item == null ? "New " + singular : labelOf(item));
            if (item == null) {
                history.clear();
            } else {
                long id = idOf(item);
                history.show(() -> historyOf(id));
            }
        } finally {
            filling = false;
        }
    }

    /** Marks the form changed when any of these fields changes. */
    protected final void watch(Observable... fields) {
        for (Observable field : fields) {
            field.addListener(changed);
        }
    }

    protected final int indexOf(Long id) {
        for (int i = 0; i < items.size(); i++) {
            if (Objects.equals(idOf(items.get(i)), id)) {
                return i;
            }
        }
        return -1;
    }

    public final T find(long id) {
        int index = indexOf(id);
        return index < 0 ? null : items.get(index);
    }

    public String recordType() {
        return recordType;
    }

    // Property accessors

    public ObservableList<T> items() {
        return items;
    }

    public ReadOnlyObjectProperty<T> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
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

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty existingProperty() {
        return existing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public HistoryViewModel history() {
        return history;
    }
}
