package org.probity.subjectaccess;

import java.util.List;
import java.util.Map;

/** The read-only queries a subject access export needs across the registers. */
public interface SubjectAccessRepository {

    /**
     * The ids of each register's entries that name the person: as one of the people an entry
     * refers to (for a member or officer), or by {@link DataSubject#name()} in any of its text.
     */
    Map<Register, List<Long>> recordIds(DataSubject subject);

    /**
     * Names typed into records rather than chosen from the directory (who decided, who owns an
     * action, who was consulted, who made a change) that contain {@code text}, at most {@code limit}.
     */
    List<String> namesInRecords(String text, int limit);

    /** Every name Probity holds for a person who is not in the directory: user accounts and their logins. */
    List<String> accountNames();

    /** The audit entries whose label or values contain {@code name}, oldest first. */
    List<AuditRef> auditEntriesNaming(String name);

    /** The ids of the records of one type that have audit entries, most recently written first. */
    List<String> recordIdsOfType(String recordType, int limit);

    /** Where an audit entry sits: its own id and the record whose history it belongs to. */
    record AuditRef(long entryId, String recordType, String recordId) {
    }
}
