package org.probity.audit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One entry of the audit trail. Values are the record's fields as shown to users. */
public record AuditEntry(long id, LocalDateTime recordedAt, String user, String recordType, String recordId,
                         String recordLabel, AuditKind kind, Map<String, String> before, Map<String, String> after) {

    public AuditEntry {
        before = before == null ? Map.of() : Map.copyOf(before);
        after = after == null ? Map.of() : Map.copyOf(after);
    }

    /**
     * This entry with the values of {@code fields} shown as "(confidential)", for a reader who
     * may not see them; that a value changed stays visible.
     */
    public AuditEntry withConfidential(java.util.Collection<String> fields) {
        Map<String, String> hiddenBefore = new java.util.HashMap<>(before);
        Map<String, String> hiddenAfter = new java.util.HashMap<>(after);
        for (String field : fields) {
            hiddenBefore.computeIfPresent(field, (k, v) -> CONFIDENTIAL);
            hiddenAfter.computeIfPresent(field, (k, v) -> CONFIDENTIAL);
        }
        return new AuditEntry(id, recordedAt, user, recordType, recordId, recordLabel, kind, hiddenBefore, hiddenAfter);
    }

    /** How a value the reader may not see is shown. */
    public static final String CONFIDENTIAL = "(confidential)";

    /** The fields whose value differs between before and after, in a stable order. */
    public List<FieldChange> changes(List<String> fieldOrder) {
        Set<String> fields = new LinkedHashSet<>(fieldOrder);
        fields.addAll(new java.util.TreeSet<>(before.keySet()));
        fields.addAll(new java.util.TreeSet<>(after.keySet()));
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = before.getOrDefault(field, "");
            String now = after.getOrDefault(field, "");
            if (!Objects.equals(was, now)) {
                changes.add(new FieldChange(field, was, now));
            }
        }
        return changes;
    }

    public List<FieldChange> changes() {
        return changes(List.of());
    }
}
