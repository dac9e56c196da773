package org.probity.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Writes audit entries. Services call it inside the transaction of the change they audit,
 * so a change is never stored without its entry, nor an entry without its change.
 */
public final class AuditTrail {

    private final AuditRepository repository;
    private final Clock clock;
    private final Supplier<String> currentUser;
    private final Runnable writeCheck;

    public AuditTrail(AuditRepository repository, Clock clock, Supplier<String> currentUser) {
        this(repository, clock, currentUser, () -> { });
    }

    /**
     * {@code writeCheck} runs before every entry is written and refuses by throwing: since every change
     * is audited in its own transaction, a refusal here stops any service's change, whichever it is.
     */
    public AuditTrail(AuditRepository repository, Clock clock, Supplier<String> currentUser, Runnable writeCheck) {
        this.repository = repository;
        this.clock = clock;
        this.currentUser = currentUser;
        this.writeCheck = writeCheck;
    }

    public void created(String recordType, Object recordId, String label, Map<String, String> after) {
        write(recordType, recordId, label, AuditKind.CREATED, Map.of(), after);
    }

    /** Records a change; a save that changed nothing writes no entry. */
    public void changed(String recordType, Object recordId, String label, Map<String, String> before,
                        Map<String, String> after) {
        if (Objects.equals(before, after)) {
            return;
        }
        write(recordType, recordId, label, AuditKind.CHANGED, before, after);
    }

    public void deleted(String recordType, Object recordId, String label, Map<String, String> before) {
        write(recordType, recordId, label, AuditKind.DELETED, before, Map.of());
    }

    /**
     * Removes the personal values from a disposed record's history, keeping each entry's field
     * names, time and author; returns how many entries were redacted.
     */
    public int redact(String recordType, Object recordId, long disposalId) {
        writeCheck.run();
        return repository.redact(recordType, String.valueOf(recordId), disposalId);
    }

    public List<AuditEntry> history(String recordType, Object recordId) {
        return repository.history(recordType, String.valueOf(recordId));
    }

    public List<AuditEntry> recent(int limit) {
        return repository.recent(limit);
    }

    private void write(String recordType, Object recordId, String label, AuditKind kind, Map<String, String> before,
                       Map<String, String> after) {
        writeCheck.run();
        // Milliseconds are all every database keeps alike, and the seal covers the stored time.
        repository.append(new AuditEntry(0, LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS), currentUser.get(), recordType,
                String.valueOf(recordId), label, kind, before, after));
    }
}
