package org.probity.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.probity.common.FieldProblem;
import org.probity.common.ValidationException;

/**
 * The validation messages of one form, one per field, as properties a view binds beside each
 * field. Problems about fields the form does not show are handed back to be shown above it.
 */
public final class FieldErrors {

    private final Map<String, StringProperty> messages = new LinkedHashMap<>();

    public FieldErrors(List<String> fields) {
        fields.forEach(field -> messages.put(field, new SimpleStringProperty(this, field)));
    }

    public StringProperty of(String field) {
        StringProperty message = messages.get(field);
        if (message == null) {
            throw new IllegalArgumentException("This form has no field called " + field);
        }
        return message;
    }

    public String message(String field) {
        return of(field).get();
    }

    public boolean any() {
        return messages.values().stream().anyMatch(m -> m.get() != null);
    }

    public void clear() {
        messages.values().forEach(m -> m.set(null));
    }

    /**
     * Shows each problem beside its field (several problems of one field joined) and returns the
     * problems no field of this form can show, as one sentence, or null if there are none.
     */
    public String show(ValidationException refused) {
        clear();
        Map<String, List<String>> byField = refused.problems().stream().collect(Collectors.groupingBy(
                FieldProblem::field, LinkedHashMap::new, Collectors.mapping(p -> sentence(p.message()),
                        Collectors.toList())));
        StringBuilder elsewhere = new StringBuilder();
        byField.forEach((field, texts) -> {
            String text = String.join(" ", texts);
            StringProperty message = messages.get(field);
            if (message != null) {
                message.set(text);
            } else {
                elsewhere.append(elsewhere.length() == 0 ? "" : " ").append(text);
            }
        });
        return elsewhere.length() == 0 ? null : elsewhere.toString();
    }

    /** Messages are shown as sentences on their own, so they start with a capital letter. */
    private static String sentence(String message) {
        return message == null || message.isEmpty() ? message
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
