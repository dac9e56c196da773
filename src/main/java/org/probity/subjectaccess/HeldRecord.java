package org.probity.subjectaccess;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probity.attachments.Attachment;
import org.probity.audit.AuditEntry;

/**
 * One register entry that names the person, with its fields as its history shows them, its
 * audit entries and its attached files. Nothing here is redacted yet.
 */
public record HeldRecord(Register register, long id, String reference, Map<String, String> fields,
                         List<AuditEntry> history, List<Attachment> attachments) {

    public HeldRecord {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        history = List.copyOf(history);
        attachments = List.copyOf(attachments);
    }
}
