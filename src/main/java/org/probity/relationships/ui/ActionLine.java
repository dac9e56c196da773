package org.probity.relationships.ui;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.probity.relationships.DeclarationAction;

/**
 * One row of the editable actions table. Ticking "done" records today as the day it was done,
 * and untick clears it, so the date stays truthful without a second field to fill in.
 */
public final class ActionLine {

    private final Long id;
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>(this, "due");
    private final BooleanProperty done = new SimpleBooleanProperty(this, "done");
    private LocalDate doneOn;

    ActionLine(DeclarationAction action, Supplier<LocalDate> today) {
        this.id = action == null ? null : action.id();
        if (action != null) {
            description.set(action.description());
            owner.set(action.owner());
            due.set(action.dueDate());
            doneOn = action.doneOn();
            done.set(doneOn != null);
        }
        done.addListener((obs, was, now) -> doneOn = now ? (doneOn == null ? today.get() : doneOn) : null);
    }

    DeclarationAction toAction() {
        return new DeclarationAction(id, trimmed(description.get()), trimmed(owner.get()), due.get(),
                done.get() ? doneOn : null);
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public BooleanProperty doneProperty() {
        return done;
    }

    public LocalDate doneOn() {
        return doneOn;
    }
}
