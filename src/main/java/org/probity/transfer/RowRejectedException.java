package org.probity.transfer;

import java.util.List;

/**
 * A row was refused while the import was being written, which rolls the whole import back;
 * the problems say which row and why.
 */
final class RowRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    RowRejectedException(List<ImportProblem> problems) {
        super(problems.isEmpty() ? "row refused" : problems.get(0).describe());
        this.problems = List.copyOf(problems);
    }

    List<ImportProblem> problems() {
        return problems;
    }
}
