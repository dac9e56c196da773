package org.probity.transfer;

import java.util.List;

/**
 * The outcome of checking (and perhaps importing) a file of declarations: every problem found,
 * warnings that do not stop the import (such as ignored columns), and how many declarations.
 */
public record DeclarationImportReport(int declarations, List<ImportProblem> problems, List<ImportProblem> warnings,
                                      boolean imported) {

    public DeclarationImportReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** "Imported 40 declarations.", "40 declarations would be imported; no problems found." or the problem count. */
    public String summary() {
        if (hasProblems()) {
            return "Nothing was imported: the file has " + problems.size()
                    + (problems.size() == 1 ? " problem." : " problems.");
        }
        String count = declarations + (declarations == 1 ? " declaration" : " declarations");
        return imported ? "Imported " + count + "." : count + " would be imported; no problems found.";
    }
}
