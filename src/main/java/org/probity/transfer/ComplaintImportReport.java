package org.probity.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of checking (and perhaps importing) a file of complaints: every problem found,
 * warnings that do not stop the import (such as ignored columns), and how many complaints it
 * records.
 */
public record ComplaintImportReport(int complaints, List<ImportProblem> problems, List<ImportProblem> warnings,
                                    boolean imported) {

    public ComplaintImportReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    ComplaintImportReport withProblems(List<ImportProblem> more) {
        List<ImportProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new ComplaintImportReport(complaints, all, warnings, false);
    }

    /** One sentence for the user: imported, would be imported, or how many problems. */
    public String summary() {
        if (hasProblems()) {
            return "Nothing was imported: the file has " + problems.size()
                    + (problems.size() == 1 ? " problem." : " problems.");
        }
        String count = complaints + (complaints == 1 ? " complaint" : " complaints");
        return imported ? "Imported " + count + "." : count + " would be imported; no problems found.";
    }
}
