package org.probity.common;

/** One thing wrong with one field of a form or record, said so that the user can put it right. */
public record FieldProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
