package org.probity.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** What a check of the database and its audit trail found. */
public record IntegrityReport(LocalDateTime checkedAt, long entriesChecked, List<String> tableProblems,
                              Optional<ChainBreak> chainBreak, boolean headMatches) {

    public IntegrityReport {
        tableProblems = List.copyOf(tableProblems);
    }

    public boolean passed() {
        return tableProblems.isEmpty() && chainBreak.isEmpty() && headMatches;
    }

    /** Sentences for the person using Probity: each problem, or that all is well. */
    public List<String> findings() {
        if (passed()) {
            return List.of("The database was read in full and all " + entriesChecked
                    + " audit entries match their seals.");
        }
        List<String> findings = new java.util.ArrayList<>(tableProblems);
        chainBreak.ifPresent(b -> findings.add(b.message()));
        if (chainBreak.isEmpty() && !headMatches) {
            findings.add("The newest audit entries have been removed: the last entry does not carry the seal "
                    + "Probity recorded for the trail.");
        }
        return findings;
    }
}
