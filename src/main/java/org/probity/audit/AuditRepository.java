package org.probity.audit;

import java.util.List;

/** Where audit entries are kept. There is deliberately no way to change or delete one. */
public interface AuditRepository {

    void append(AuditEntry entry);

    List<AuditEntry> history(String recordType, String recordId);

    List<AuditEntry> recent(int limit);

    long count();
}
