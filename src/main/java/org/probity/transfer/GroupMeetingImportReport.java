package org.probity.transfer;

import java.util.List;

/**
 * The outcome of checking (and perhaps importing) a file of group meetings: every problem found,
 * the warnings that do not stop the import, and how many meetings it holds.
 */
public record GroupMeetingImportReport(int meetings, List<ImportProblem> problems, List<ImportProblem> warnings,
                                       boolean imported) {

    public GroupMeetingImportReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** "Imported 60 group meetings.", "60 group meetings would be imported; no problems found." or the problems. */
    public String summary() {
        if (hasProblems()) {
            return "Nothing was imported: the file has " + problems.size()
                    + (problems.size() == 1 ? " problem." : " problems.");
        }
        String count = meetings + (meetings == 1 ? " group meeting" : " group meetings");
        return imported ? "Imported " + count + "." : count + " would be imported; no problems found.";
    }
}
