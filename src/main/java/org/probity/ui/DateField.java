package org.probity.ui;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.probity.common.UkDates;

/**
 * A date picker that shows dates the UK way ("23 Nov 2026") and reads them as people type
 * them (23/11/2026, 23 Nov 2026 or 2026-11-23). Text it cannot read is kept in the box, and
 * {@link #problemProperty()} says how to write it, so a mistyped date is never silently lost.
 */
public class DateField extends DatePicker {

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

    public DateField() {
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return UkDates.display(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    problem.set(null);
                    return null;
                }
                return UkDates.parse(text).map(date -> {
                    problem.set(null);
                    return date;
                }).orElseGet(() -> {
                    problem.set("\"" + text.trim() + "\" is not a date Probity can read; type it as "
                            + UkDates.ACCEPTED_FORMS + ".");
                    return getValue();
                });
            }
        });
        setPromptText("dd/mm/yyyy");
        getStyleClass().add("uk-date-field");
        valueProperty().addListener((obs, was, now) -> {
            if (now != null || getEditor().getText() == null || getEditor().getText().isBlank()) {
                problem.set(null);
            }
        });
        // Typed text is only read when the field loses focus or Enter is pressed; read it on
        // focus loss so that a button pressed straight after typing sees the typed date.
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitTypedText();
            }
        });
    }

    /** Reads whatever is typed in the box into the value now. */
    public void commitTypedText() {
        if (isEditable() && getEditor() != null) {
            String text = getEditor().getText();
            LocalDate parsed = getConverter().fromString(text);
            if (problem.get() == null) {
                setValue(parsed);
                getEditor().setText(getConverter().toString(parsed));
            }
        }
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String getProblem() {
        return problem.get();
    }
}
