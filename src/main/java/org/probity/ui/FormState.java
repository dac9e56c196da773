package org.probity.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every record form's view model shows besides its fields: the problems by field, a
 * problem with the whole record, a status line, the heading, and whether a record is being
 * edited, already saved, changed or busy saving.
 */
public abstract class FormState {

    protected final FieldErrors errors;
    protected final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    protected final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    protected final ReadOnlyStringWrapper heading;
    protected final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    protected final ReadOnlyBooleanWrapper existing = new ReadOnlyBooleanWrapper(this, "existing");
    protected final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    protected final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    protected FormState(FieldErrors errors, String headingWhenEmpty) {
        this.errors = errors;
        this.heading = new ReadOnlyStringWrapper(this, "heading", headingWhenEmpty);
    }

    public FieldErrors errors() {
        return errors;
    }

    /** A problem with the whole record (not one field), e.g. the database could not be reached. */
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

    /** True when the form shows a record already saved (so it can be deleted and has history). */
    public ReadOnlyBooleanProperty existingProperty() {
        return existing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean hasUnsavedChanges() {
        return editing.get() && dirty.get();
    }
}
