package org.probity.transfer;

import java.util.List;

/**
 * The outcome of checking (and perhaps importing) a file: every problem found, warnings that
 * do not stop the import (such as ignored columns), and what the import creates.
 */
public record ImportReport(PersonKind kind, int people, List<ImportProblem> problems, List<ImportProblem> warnings,
                           List<String> newDirectorates, List<String> newServiceAreas, boolean imported) {

    public ImportReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        newDirectorates = List.copyOf(newDirectorates);
        newServiceAreas = List.copyOf(newServiceAreas);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    ImportReport asImported() {
        return new ImportReport(kind, people, problems, warnings, newDirectorates, newServiceAreas, true);
    }

    ImportReport withProblem(ImportProblem problem) {
        List<ImportProblem> all = new java.util.ArrayList<>(problems);
        all.add(problem);
        return new ImportReport(kind, people, all, warnings, newDirectorates, newServiceAreas, false);
    }

    /**
     * One sentence for the user: "Imported 812 officers (3 new directorates, 25 new service areas).",
     * "812 officers would be imported; no problems found." or the number of problems.
     */
    public String summary() {
        if (hasProblems()) {
            return "Nothing was imported: the file has " + problems.size()
                    + (problems.size() == 1 ? " problem." : " problems.");
        }
        if (imported) {
            return "Imported " + kind.count(people) + creations() + ".";
        }
        return kind.count(people) + " would be imported" + creations()
                + "; no problems found.";
    }

    private String creations() {
        StringBuilder text = new StringBuilder();
        if (!newDirectorates.isEmpty()) {
            text.append(newDirectorates.size()).append(newDirectorates.size() == 1 ? " new directorate"
                    : " new directorates");
        }
        if (!newServiceAreas.isEmpty()) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(newServiceAreas.size()).append(newServiceAreas.size() == 1 ? " new service area"
                    : " new service areas");
        }
        return text.isEmpty() ? "" : " (" + text + ")";
    }
}
