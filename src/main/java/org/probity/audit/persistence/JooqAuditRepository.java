package org.probity.audit.persistence;

import static org.probity.storage.schema.Tables.APP_META;
import static org.probity.storage.schema.Tables.AUDIT_ENTRY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jooq.Record;
import org.probity.audit.AuditChain;
import org.probity.audit.AuditEntry;
import org.probity.audit.AuditKind;
import org.probity.audit.AuditRepository;
import org.probity.audit.ChainLink;
import org.probity.storage.JooqSession;
import org.probity.storage.StorageException;

/**
 * Audit entries in the {@code audit_entry} table, values kept as JSON objects, each sealed with
 * {@link AuditChain}. The seal of the newest entry is kept in {@code app_meta}; its row is locked
 * while an entry is added, so concurrent saves take their turn and the chain never forks.
 */
public final class JooqAuditRepository implements AuditRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() { };

    private static final String HEAD = "audit_head";
    private static final String CHECKED_AT = "integrity_checked_at";
    private static final String CHECK_PROBLEM = "integrity_problem";

    private static final String REDACTED = "(removed at disposal)";

    private final JooqSession session;

    public JooqAuditRepository(JooqSession session) {
        this.session = session;
    }

    @Override
    public void append(AuditEntry entry) {
        session.inTransaction(() -> {
            String head = lockHead();
            if (head.isEmpty()) {
                head = sealEarlierEntries();
            }
            List<String> content = content(entry.recordedAt().toString(), entry.user(), entry.recordType(),
                    entry.recordId(), truncate(entry.recordLabel(), 300), entry.kind().name(), toJson(entry.before()),
                    toJson(entry.after()));
            String seal = AuditChain.seal(head, content);
            session.dsl().insertInto(AUDIT_ENTRY)
                    .set(AUDIT_ENTRY.RECORDED_AT, entry.recordedAt())
                    .set(AUDIT_ENTRY.USER_NAME, content.get(1))
                    .set(AUDIT_ENTRY.RECORD_TYPE, content.get(2))
                    .set(AUDIT_ENTRY.RECORD_ID, content.get(3))
                    .set(AUDIT_ENTRY.RECORD_LABEL, content.get(4))
                    .set(AUDIT_ENTRY.CHANGE_KIND, content.get(5))
                    .set(AUDIT_ENTRY.BEFORE_VALUES, content.get(6))
                    .set(AUDIT_ENTRY.AFTER_VALUES, content.get(7))
                    .set(AUDIT_ENTRY.PREVIOUS_HASH, head)
                    .set(AUDIT_ENTRY.ENTRY_HASH, seal)
                    .execute();
            moveHead(seal);
        });
    }

    private String lockHead() {
        String head = session.dsl().select(APP_META.META_VALUE).from(APP_META)
                .where(APP_META.META_KEY.eq(HEAD)).forUpdate().fetchOne(APP_META.META_VALUE);
        if (head == null) {
            session.dsl().insertInto(APP_META).set(APP_META.META_KEY, HEAD).set(APP_META.META_VALUE, "").execute();
            return "";
        }
        return head;
    }

    private void moveHead(String seal) {
        session.dsl().update(APP_META).set(APP_META.META_VALUE, seal).where(APP_META.META_KEY.eq(HEAD)).execute();
    }

    /** Entries written before the trail was sealed join the chain, oldest first; returns the last seal. */
    private String sealEarlierEntries() {
        String previous = AuditChain.START;
        for (Record r : session.dsl().selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ENTRY_HASH.isNull())
                .orderBy(AUDIT_ENTRY.ID).fetch()) {
            String seal = AuditChain.seal(previous, content(r));
            session.dsl().update(AUDIT_ENTRY).set(AUDIT_ENTRY.PREVIOUS_HASH, previous).set(AUDIT_ENTRY.ENTRY_HASH, seal)
                    .where(AUDIT_ENTRY.ID.eq(r.get(AUDIT_ENTRY.ID))).execute();
            previous = seal;
        }
        return previous;
    }

    @Override
    public void forEachLink(Consumer<ChainLink> link) {
        try (var cursor = session.dsl().selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID).fetchLazy()) {
            for (Record r : cursor) {
                link.accept(new ChainLink(r.get(AUDIT_ENTRY.ID), r.get(AUDIT_ENTRY.PREVIOUS_HASH),
                        r.get(AUDIT_ENTRY.ENTRY_HASH), content(r), describe(r), r.get(AUDIT_ENTRY.REDACTED_BY),
                        r.get(AUDIT_ENTRY.REDACTION_SEAL)));
            }
        }
    }

    @Override
    public int redact(String recordType, String recordId, long disposalId) {
        return session.inTransaction(() -> {
            // Lock the head so no entry is sealed while this record's entries are being rewritten.
            lockHead();
            int redacted = 0;
            for (Record r : session.dsl().selectFrom(AUDIT_ENTRY)
                    .where(AUDIT_ENTRY.RECORD_TYPE.eq(recordType).and(AUDIT_ENTRY.RECORD_ID.eq(recordId)))
                    .orderBy(AUDIT_ENTRY.ID).forUpdate().fetch()) {
                if (r.get(AUDIT_ENTRY.REDACTED_BY) != null) {
                    continue;
                }
                String entryHash = r.get(AUDIT_ENTRY.ENTRY_HASH);
                if (entryHash != null && !AuditChain.seal(r.get(AUDIT_ENTRY.PREVIOUS_HASH), content(r))
                        .equals(entryHash)) {
                    throw new StorageException("The audit entry " + describe(r) + " does not match its seal, so it"
                            + " was changed outside Probity. Nothing was disposed of. Run probity verify and restore"
                            + " the audit trail from a backup before disposing of this record.");
                }
                String before = toJson(redactedValues(fromJson(r.get(AUDIT_ENTRY.BEFORE_VALUES))));
                String after = toJson(redactedValues(fromJson(r.get(AUDIT_ENTRY.AFTER_VALUES))));
                List<String> redactedContent = content(String.valueOf(r.get(AUDIT_ENTRY.RECORDED_AT)),
                        r.get(AUDIT_ENTRY.USER_NAME), recordType, recordId, r.get(AUDIT_ENTRY.RECORD_LABEL),
                        r.get(AUDIT_ENTRY.CHANGE_KIND), before, after);
                // An entry never sealed has nothing to keep its place; it is sealed to the empty seal.
                String kept = entryHash == null ? AuditChain.START : entryHash;
                session.dsl().update(AUDIT_ENTRY)
                        .set(AUDIT_ENTRY.BEFORE_VALUES, before)
                        .set(AUDIT_ENTRY.AFTER_VALUES, after)
                        .set(AUDIT_ENTRY.REDACTED_BY, disposalId)
                        .set(AUDIT_ENTRY.REDACTION_SEAL, AuditChain.redactionSeal(kept, redactedContent, disposalId))
                        .where(AUDIT_ENTRY.ID.eq(r.get(AUDIT_ENTRY.ID)))
                        .execute();
                redacted++;
            }
            return redacted;
        });
    }

    /** The field names stay, so the history still shows what kind of change was made and when. */
    private static Map<String, String> redactedValues(Map<String, String> values) {
        Map<String, String> redacted = new LinkedHashMap<>();
        values.keySet().forEach(k -> redacted.put(k, REDACTED));
        return redacted;
    }

    @Override
    public String chainHead() {
        String head = session.dsl().select(APP_META.META_VALUE).from(APP_META).where(APP_META.META_KEY.eq(HEAD))
                .fetchOne(APP_META.META_VALUE);
        return head == null ? "" : head;
    }

    @Override
    public void recordIntegrityCheck(java.time.LocalDateTime checkedAt, String problem) {
        session.inTransaction(() -> {
            putMeta(CHECKED_AT, checkedAt.toString());
            putMeta(CHECK_PROBLEM, truncate(problem, 1000));
        });
    }

    @Override
    public java.util.Optional<java.time.LocalDateTime> lastIntegrityCheck() {
        return meta(CHECKED_AT).filter(v -> !v.isBlank()).map(java.time.LocalDateTime::parse);
    }

    @Override
    public java.util.Optional<String> lastIntegrityProblem() {
        return meta(CHECK_PROBLEM).filter(v -> !v.isBlank());
    }

    private java.util.Optional<String> meta(String key) {
        return java.util.Optional.ofNullable(session.dsl().select(APP_META.META_VALUE).from(APP_META)
                .where(APP_META.META_KEY.eq(key)).fetchOne(APP_META.META_VALUE));
    }

    private void putMeta(String key, String value) {
        session.dsl().deleteFrom(APP_META).where(APP_META.META_KEY.eq(key)).execute();
        session.dsl().insertInto(APP_META).set(APP_META.META_KEY, key).set(APP_META.META_VALUE, value).execute();
    }

    private static String describe(Record r) {
        return r.get(AUDIT_ENTRY.RECORD_TYPE) + " " + r.get(AUDIT_ENTRY.RECORD_ID) + ", "
                + r.get(AUDIT_ENTRY.CHANGE_KIND).toLowerCase(java.util.Locale.ROOT) + " by "
                + r.get(AUDIT_ENTRY.USER_NAME) + " at " + r.get(AUDIT_ENTRY.RECORDED_AT);
    }

    private static List<String> content(Record r) {
        return content(String.valueOf(r.get(AUDIT_ENTRY.RECORDED_AT)), r.get(AUDIT_ENTRY.USER_NAME),
                r.get(AUDIT_ENTRY.RECORD_TYPE), r.get(AUDIT_ENTRY.RECORD_ID), r.get(AUDIT_ENTRY.RECORD_LABEL),
                r.get(AUDIT_ENTRY.CHANGE_KIND), r.get(AUDIT_ENTRY.BEFORE_VALUES), r.get(AUDIT_ENTRY.AFTER_VALUES));
    }

    private static List<String> content(String recordedAt, String user, String type, String id, String label,
                                        String kind, String before, String after) {
        return java.util.Arrays.asList(recordedAt, user, type, id, label, kind, before, after);
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
