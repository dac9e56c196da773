package org.probity.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks that the database can be read in full and that the audit trail's seals all match, so that
 * an entry changed or removed outside Probity is found. The window runs it once a week; the
 * {@code probity verify} command runs it on demand.
 */
public final class IntegrityCheck {

    public static final Duration INTERVAL = Duration.ofDays(7);

    private final AuditRepository repository;
    private final Supplier<List<String>> tableProblems;
    private final Clock clock;
    private volatile IntegrityReport last;

    public IntegrityCheck(AuditRepository repository, Supplier<List<String>> tableProblems, Clock clock) {
        this.repository = repository;
        this.tableProblems = tableProblems;
        this.clock = clock;
    }

    public IntegrityReport check() {
        List<String> tables = tableProblems.get();
        List<ChainLink> links = new ArrayList<>();
        Optional<ChainBreak> chainBreak;
        String lastSeal;
        try {
            repository.forEachLink(links::add);
            chainBreak = AuditChain.check(links);
            lastSeal = links.stream().map(ChainLink::entryHash).filter(h -> h != null)
                    .reduce((a, b) -> b).orElse(AuditChain.START);
        } catch (RuntimeException e) {
            tables = new ArrayList<>(tables);
            tables.add("The audit trail could not be read (" + e.getMessage() + ").");
            chainBreak = Optional.empty();
            lastSeal = repository.chainHead();
        }
        boolean headMatches = lastSeal.equals(repository.chainHead());
        IntegrityReport report = new IntegrityReport(LocalDateTime.now(clock), links.size(), tables, chainBreak,
                headMatches);
        repository.recordIntegrityCheck(report.checkedAt(), report.passed() ? "" : String.join(" ",
                report.findings()));
        last = report;
        return report;
    }

    /** Runs the check when the last one is a week old or more (or there never was one). */
    public Optional<IntegrityReport> checkIfDue() {
        Optional<LocalDateTime> previous = repository.lastIntegrityCheck();
        if (previous.isPresent() && previous.get().plus(INTERVAL).isAfter(LocalDateTime.now(clock))) {
            return Optional.empty();
        }
        return Optional.of(check());
    }

    /** What the most recent check (this session's, or a stored earlier one) found wrong, if anything. */
    public Optional<String> lastProblem() {
        IntegrityReport report = last;
        if (report != null) {
            return report.passed() ? Optional.empty() : Optional.of(String.join(" ", report.findings()));
        }
        return repository.lastIntegrityProblem();
    }
}
