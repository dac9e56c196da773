package org.probity.transfer;

import java.util.List;

/**
 * What checking a file found: its problems and warnings, and the writes that would make the import.
 * {@code write} runs inside the import's one transaction and returns how many people it saved.
 */
record ImportPlan(int people, List<ImportProblem> problems, List<ImportProblem> warnings, List<String> newDirectorates,
                  List<String> newServiceAreas, java.util.function.IntSupplier write) {
}
