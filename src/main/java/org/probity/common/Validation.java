package org.probity.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects field problems for one record, then refuses it if there are any. */
public final class Validation {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Validation required(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, label + " is required."));
        }
        return this;
    }

    public Validation required(String field, String label, Object value) {
        if (value == null) {
            problems.add(new FieldProblem(field, label + " is required."));
        }
        return this;
    }

    public Validation maxLength(String field, String label, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, label + " must be at most " + max + " characters (it has "
                    + value.length() + ")."));
        }
        return this;
    }

    public Validation notBefore(String field, String label, LocalDate value, String otherLabel, LocalDate other) {
        if (value != null && other != null && value.isBefore(other)) {
            problems.add(new FieldProblem(field, label + " (" + UkDates.display(value) + ") cannot be before "
                    + otherLabel + " (" + UkDates.display(other) + ")."));
        }
        return this;
    }

    public Validation check(boolean ok, String field, String message) {
        if (!ok) {
            problems.add(new FieldProblem(field, message));
        }
        return this;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
