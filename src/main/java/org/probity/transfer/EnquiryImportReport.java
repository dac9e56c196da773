package org.probity.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of checking (and perhaps importing) a file of enquiries: every problem found,
 * warnings that do not stop the import (such as ignored columns), and how many enquiries it
 * records.
 */
public record EnquiryImportReport(int enquiries, List<ImportProblem> problems, List<ImportProblem> warnings,
                                  boolean imported) {

    public EnquiryImportReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    EnquiryImportReport withProblems(List<ImportProblem> more) {
        List<ImportProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new EnquiryImportReport(enquiries, all, warnings, false);
    }

    /** One sentence for the user, as for people: imported, would be imported, or how many problems. */
    public String summary() {
        if (hasProblems()) {
            return "Nothing was imported: the file has " + problems.size()
                    + (problems.size() == 1 ? " problem." : " problems.");
        }
        String count = enquiries + (enquiries == 1 ? " enquiry" : " enquiries");
        return imported ? "Imported " + count + "." : count + " would be imported; no problems found.";
    }
}
