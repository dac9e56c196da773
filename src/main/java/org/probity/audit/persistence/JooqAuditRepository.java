package org.probity.audit.persistence;

import static org.probity.storage.schema.Tables.AUDIT_ENTRY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Record;
import org.probity.audit.AuditEntry;
import org.probity.audit.AuditKind;
import org.probity.audit.AuditRepository;
import org.probity.storage.JooqSession;
import org.probity.storage.StorageException;

/** Audit entries in the {@code audit_entry} table, values kept as JSON objects. */
public final class JooqAuditRepository implements AuditRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() { };

    private final JooqSession session;

    public JooqAuditRepository(JooqSession session) {
        this.session = session;
    }

    @Override
    public void append(AuditEntry entry) {
        session.dsl().insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.RECORDED_AT, entry.recordedAt())
                .set(AUDIT_ENTRY.USER_NAME, entry.user())
                .set(AUDIT_ENTRY.RECORD_TYPE, entry.recordType())
                .set(AUDIT_ENTRY.RECORD_ID, entry.recordId())
                .set(AUDIT_ENTRY.RECORD_LABEL, truncate(entry.recordLabel(), 300))
                .set(AUDIT_ENTRY.CHANGE_KIND, entry.kind().name())
                .set(AUDIT_ENTRY.BEFORE_VALUES, toJson(entry.before()))
                .set(AUDIT_ENTRY.AFTER_VALUES, toJson(entry.after()))
                .execute();
    }

    @Override
    public List<AuditEntry> history(String recordType, String recordId) {
        return session.dsl().selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.RECORD_TYPE.eq(recordType).and(AUDIT_ENTRY.RECORD_ID.eq(recordId)))
                .orderBy(AUDIT_ENTRY.ID.desc())
                .fetch(this::toEntry);
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return session.dsl().selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID.desc()).limit(limit).fetch(this::toEntry);
    }

    @Override
    public long count() {
        return session.dsl().fetchCount(AUDIT_ENTRY);
    }

    private AuditEntry toEntry(Record r) {
        return new AuditEntry(r.get(AUDIT_ENTRY.ID), r.get(AUDIT_ENTRY.RECORDED_AT), r.get(AUDIT_ENTRY.USER_NAME),
                r.get(AUDIT_ENTRY.RECORD_TYPE), r.get(AUDIT_ENTRY.RECORD_ID), r.get(AUDIT_ENTRY.RECORD_LABEL),
                AuditKind.valueOf(r.get(AUDIT_ENTRY.CHANGE_KIND)), fromJson(r.get(AUDIT_ENTRY.BEFORE_VALUES)),
                fromJson(r.get(AUDIT_ENTRY.AFTER_VALUES)));
    }

    private static String toJson(Map<String, String> values) {
        if (values.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(new TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new StorageException("An audit entry could not be written: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new StorageException("An audit entry could not be read: " + e.getOriginalMessage(), e);
        }
    }

    private static String truncate(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
