package org.probity.audit;

import java.util.List;
import java.util.function.Consumer;

/** Where audit entries are kept. There is deliberately no way to change or delete one, other than
 * the sealed redaction of a disposed record's personal values. */
public interface AuditRepository {

    void append(AuditEntry entry);

    List<AuditEntry> history(String recordType, String recordId);

    List<AuditEntry> recent(int limit);

    long count();

    /** Every entry as stored, oldest first, for checking the seals. */
    void forEachLink(Consumer<ChainLink> link);

    /**
     * Replaces every value in the record's audit entries by a placeholder, for a disposal: the
     * entries keep their place in the chain and are sealed again as redacted by {@code disposalId}.
     * Refuses, changing nothing, if one of them no longer matches its seal. Returns how many were redacted.
     */
    int redact(String recordType, String recordId, long disposalId);

    /** The seal of the newest entry, as recorded beside the trail; empty before the first sealed entry. */
    String chainHead();

    void recordIntegrityCheck(java.time.LocalDateTime checkedAt, String problem);

    java.util.Optional<java.time.LocalDateTime> lastIntegrityCheck();

    /** The problem the last stored check found; empty if it found none or there was no check. */
    java.util.Optional<String> lastIntegrityProblem();
}
