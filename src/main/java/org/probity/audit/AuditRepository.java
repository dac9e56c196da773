package org.probity.audit;

import java.util.List;
import java.util.function.Consumer;

/** Where audit entries are kept. There is deliberately no way to change or delete one. */
public interface AuditRepository {

    void append(AuditEntry entry);

    List<AuditEntry> history(String recordType, String recordId);

    List<AuditEntry> recent(int limit);

    long count();

    /** Every entry as stored, oldest first, for checking the seals. */
    void forEachLink(Consumer<ChainLink> link);

    /** The seal of the newest entry, as recorded beside the trail; empty before the first sealed entry. */
    String chainHead();

    void recordIntegrityCheck(java.time.LocalDateTime checkedAt, String problem);

    java.util.Optional<java.time.LocalDateTime> lastIntegrityCheck();

    /** The problem the last stored check found; empty if it found none or there was no check. */
    java.util.Optional<String> lastIntegrityProblem();
}
