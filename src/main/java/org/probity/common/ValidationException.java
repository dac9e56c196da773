package org.probity.common;

import java.util.List;
import java.util.stream.Collectors;

/** A record was refused because some fields are wrong; nothing was saved. */
public final class ValidationException extends RuntimeException {

    private final List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public String messageFor(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(FieldProblem::message)
                .findFirst().orElse(null);
    }
}
