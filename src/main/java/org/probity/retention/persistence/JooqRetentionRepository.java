package org.probity.retention.persistence;

import static org.probity.storage.schema.Tables.ATTACHMENT;
import static org.probity.storage.schema.Tables.ATTACHMENT_CHUNK;
import static org.probity.storage.schema.Tables.AUDIT_ENTRY;
import static org.probity.storage.schema.Tables.COMPLAINT;
import static org.probity.storage.schema.Tables.COMPLAINT_STAGE;
import static org.probity.storage.schema.Tables.CONFIDENTIAL_GRANT;
import static org.probity.storage.schema.Tables.CONFLICT_FLAG;
import static org.probity.storage.schema.Tables.DECLARATION;
import static org.probity.storage.schema.Tables.DECLARATION_ACTION;
import static org.probity.storage.schema.Tables.DECLARATION_RECONFIRMATION;
import static org.probity.storage.schema.Tables.DISPOSAL_LOG;
import static org.probity.storage.schema.Tables.ENQUIRY;
import static org.probity.storage.schema.Tables.ENQUIRY_ESCALATION;
import static org.probity.storage.schema.Tables.GROUP_MEETING;
import static org.probity.storage.schema.Tables.GROUP_MEETING_OFFICER;
import static org.probity.storage.schema.Tables.LEGAL_HOLD;
import static org.probity.storage.schema.Tables.RETENTION_RULE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.probity.retention.DisposalAction;
import org.probity.retention.DisposalLogEntry;
import org.probity.retention.LegalHold;
import org.probity.retention.RetainedRecord;
import org.probity.retention.RetainedRegister;
import org.probity.retention.RetentionRepository;
import org.probity.retention.RetentionRule;
import org.probity.storage.JooqSession;
import org.probity.storage.StorageException;
import org.probity.storage.StorageMessages;

/**
 * The schedule, holds and log in their own tables, and the registers' records read and disposed
 * of through the registers' tables directly: a disposal has to reach every row and column that
 * holds something about the people in a record, which no register's own service offers.
 */
public final class JooqRetentionRepository implements RetentionRepository {

    /** Stands in for a personal value in a column that may not be empty. */
    static final String REMOVED = "(removed at disposal)";

    private static final Pattern REFERENCE = Pattern.compile("[A-Z]+-(\\d{4})-(\\d{1,6})");

    private final JooqSession session;

    public JooqRetentionRepository(JooqSession session) {
        this.session = session;
    }

    private DSLContext dsl() {
        return session.dsl();
    }

    /** Where a register keeps its records: the reference, the trigger and the date its figures count by. */
    private record Source(Table<?> table, Field<Long> id, Field<Integer> refYear, Field<Integer> refNumber,
                          Field<LocalDate> trigger, Field<LocalDate> counted, String format) {

        String reference(Record r) {
            return String.format(format, r.get(refYear), r.get(refNumber));
        }
    }

    private static Source source(RetainedRegister register) {
        return switch (register) {
            case COMPLAINTS -> new Source(COMPLAINT, COMPLAINT.ID, COMPLAINT.REF_YEAR, COMPLAINT.REF_NUMBER,
                    COMPLAINT.DECIDED_ON, COMPLAINT.RECEIVED_ON, "CMP-%04d-%04d");
            case DECLARATIONS -> new Source(DECLARATION, DECLARATION.ID, DECLARATION.REF_YEAR, DECLARATION.REF_NUMBER,
                    DECLARATION.ENDED_ON, DECLARATION.DECLARED_ON, "REL-%04d-%04d");
            case ENQUIRIES -> new Source(ENQUIRY, ENQUIRY.ID, ENQUIRY.REF_YEAR, ENQUIRY.REF_NUMBER, ENQUIRY.CLOSED_ON,
                    ENQUIRY.RECEIVED_ON, "ENQ-%04d-%05d");
            case GROUP_MEETINGS -> new Source(GROUP_MEETING, GROUP_MEETING.ID, GROUP_MEETING.REF_YEAR,
                    GROUP_MEETING.REF_NUMBER, GROUP_MEETING.MEETING_DATE, GROUP_MEETING.MEETING_DATE,
                    "GRP-%04d-%04d");
        };
    }

    // Schedule

    @Override
    public List<RetentionRule> storedRules() {
        return described(() -> dsl().selectFrom(RETENTION_RULE).fetch().stream()
                .flatMap(r -> RetainedRegister.parse(r.getRegisterCode()).stream().map(g -> new RetentionRule(g,
                        r.getPeriodYears(), r.getPeriodMonths(), DisposalAction.valueOf(r.getDisposalKind()),
                        r.getNote())))
                .toList());
    }

    @Override
    public void saveRule(RetentionRule rule) {
        described(() -> {
            dsl().deleteFrom(RETENTION_RULE).where(RETENTION_RULE.REGISTER_CODE.eq(rule.register().name())).execute();
            return dsl().insertInto(RETENTION_RULE)
                    .set(RETENTION_RULE.REGISTER_CODE, rule.register().name())
                    .set(RETENTION_RULE.PERIOD_YEARS, rule.years())
                    .set(RETENTION_RULE.PERIOD_MONTHS, rule.months())
                    .set(RETENTION_RULE.DISPOSAL_KIND, rule.action().name())
                    .set(RETENTION_RULE.NOTE, rule.note())
                    .execute();
        });
    }

    // Records

    @Override
    public void forEachRetained(RetainedRegister register, LocalDate latestTrigger, Consumer<RetainedRecord> row) {
        Source s = source(register);
        described(() -> {
            try (var cursor = dsl().select(s.id(), s.refYear(), s.refNumber(), s.trigger(), s.counted())
                    .from(s.table())
                    .where(s.trigger().isNotNull().and(s.trigger().le(latestTrigger)).and(notDisposed(register, s)))
                    .orderBy(s.trigger(), s.id())
                    .fetchLazy()) {
                for (Record r : cursor) {
                    row.accept(toRetained(register, s, r));
                }
            }
            return null;
        });
    }

    @Override
    public int countRetained(RetainedRegister register, LocalDate latestTrigger) {
        Source s = source(register);
        return described(() -> dsl().fetchCount(s.table(),
                s.trigger().isNotNull().and(s.trigger().le(latestTrigger)).and(notDisposed(register, s))));
    }

    @Override
    public Optional<RetainedRecord> retained(RetainedRegister register, String reference, LocalDate latestTrigger) {
        Matcher m = REFERENCE.matcher(reference);
        if (!m.matches()) {
            return Optional.empty();
        }
        Source s = source(register);
        return described(() -> dsl().select(s.id(), s.refYear(), s.refNumber(), s.trigger(), s.counted())
                .from(s.table())
                .where(s.refYear().eq(Integer.parseInt(m.group(1))).and(s.refNumber().eq(Integer.parseInt(m.group(2))))
                        .and(s.trigger().isNotNull()).and(s.trigger().le(latestTrigger))
                        .and(notDisposed(register, s)))
                .fetchOptional(r -> toRetained(register, s, r)));
    }

    private static Condition notDisposed(RetainedRegister register, Source s) {
        return DSL.notExists(DSL.selectOne().from(DISPOSAL_LOG).where(DISPOSAL_LOG.REGISTER_CODE.eq(register.name())
                .and(DISPOSAL_LOG.RECORD_ID.eq(s.id()))));
    }

    private static RetainedRecord toRetained(RetainedRegister register, Source s, Record r) {
        return new RetainedRecord(register, r.get(s.id()), s.reference(r), r.get(s.counted()).getYear(),
                r.get(s.trigger()));
    }

    // Holds

    @Override
    public List<LegalHold> holds(boolean activeOnly) {
        return described(() -> dsl().selectFrom(LEGAL_HOLD)
                .where(activeOnly ? LEGAL_HOLD.LIFTED_AT.isNull() : DSL.noCondition())
                .orderBy(LEGAL_HOLD.PLACED_AT.desc(), LEGAL_HOLD.ID.desc())
                .fetch(JooqRetentionRepository::toHold));
    }

    @Override
    public Optional<LegalHold> activeHold(RetainedRegister register, long recordId) {
        return described(() -> dsl().selectFrom(LEGAL_HOLD)
                .where(LEGAL_HOLD.REGISTER_CODE.eq(register.name()).and(LEGAL_HOLD.RECORD_ID.eq(recordId))
                        .and(LEGAL_HOLD.LIFTED_AT.isNull()))
                .orderBy(LEGAL_HOLD.ID).limit(1)
                .fetchOptional(JooqRetentionRepository::toHold));
    }

    @Override
    public LegalHold placeHold(LegalHold hold) {
        return described(() -> {
            var r = dsl().newRecord(LEGAL_HOLD);
            r.setRegisterCode(hold.register().name());
            r.setRecordId(hold.recordId());
            r.setReference(hold.reference());
            r.setReason(hold.reason());
            r.setPlacedBy(hold.placedBy());
            r.setPlacedAt(hold.placedAt());
            r.store();
            return toHold(r);
        });
    }

    @Override
    public void liftHold(long holdId, String liftedBy, LocalDateTime liftedAt, String reason) {
        described(() -> dsl().update(LEGAL_HOLD)
                .set(LEGAL_HOLD.LIFTED_BY, liftedBy)
                .set(LEGAL_HOLD.LIFTED_AT, liftedAt)
                .set(LEGAL_HOLD.LIFT_REASON, reason)
                .where(LEGAL_HOLD.ID.eq(holdId).and(LEGAL_HOLD.LIFTED_AT.isNull()))
                .execute());
    }

    private static LegalHold toHold(org.probity.storage.schema.tables.records.LegalHoldRecord r) {
        return new LegalHold(r.getId(), RetainedRegister.valueOf(r.getRegisterCode()), r.getRecordId(),
                r.getReference(), r.getReason(), r.getPlacedBy(), r.getPlacedAt(), r.getLiftedBy(), r.getLiftedAt(),
                r.getLiftReason());
    }

    // Disposal

    @Override
    public int countAttachments(String ownerType, long ownerId) {
        return described(() -> dsl().fetchCount(ATTACHMENT,
                ATTACHMENT.OWNER_TYPE.eq(ownerType).and(ATTACHMENT.OWNER_ID.eq(ownerId))));
    }

    @Override
    public int countAuditEntries(String recordType, long recordId) {
        return described(() -> dsl().fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.RECORD_TYPE.eq(recordType)
                .and(AUDIT_ENTRY.RECORD_ID.eq(String.valueOf(recordId))).and(AUDIT_ENTRY.REDACTED_BY.isNull())));
    }

    @Override
    public int deleteAttachments(String ownerType, long ownerId) {
        return described(() -> {
            var ids = DSL.select(ATTACHMENT.ID).from(ATTACHMENT)
                    .where(ATTACHMENT.OWNER_TYPE.eq(ownerType).and(ATTACHMENT.OWNER_ID.eq(ownerId)));
            dsl().deleteFrom(ATTACHMENT_CHUNK).where(ATTACHMENT_CHUNK.ATTACHMENT_ID.in(ids)).execute();
            return dsl().deleteFrom(ATTACHMENT)
                    .where(ATTACHMENT.OWNER_TYPE.eq(ownerType).and(ATTACHMENT.OWNER_ID.eq(ownerId))).execute();
        });
    }

    /**
     * Removes the people and what was written about them, keeping what the figures count: dates,
     * kinds, categories, routes, outcomes and the groups and service areas involved. Links to a
     * person become 0 (no one) where the column may not be empty.
     */
    @Override
    public void anonymise(RetainedRegister register, long id) {
        described(() -> switch (register) {
            case COMPLAINTS -> {
                dsl().update(COMPLAINT)
                        .set(COMPLAINT.COMPLAINANT_ID, 0L)
                        .set(COMPLAINT.SUBJECT_ID, 0L)
                        .setNull(COMPLAINT.SUMMARY)
                        .set(COMPLAINT.ROUTE_RULE, REMOVED)
                        .setNull(COMPLAINT.ROUTE_REASON)
                        .setNull(COMPLAINT.SANCTIONS)
                        .setNull(COMPLAINT.LEARNING_POINTS)
                        .setNull(COMPLAINT.REVIEW_RESULT)
                        .where(COMPLAINT.ID.eq(id)).execute();
                yield dsl().update(COMPLAINT_STAGE)
                        .setNull(COMPLAINT_STAGE.HANDLER_ID)
                        .setNull(COMPLAINT_STAGE.EXTENSION_REASON)
                        .setNull(COMPLAINT_STAGE.IP_VIEW)
                        .where(COMPLAINT_STAGE.COMPLAINT_ID.eq(id)).execute();
            }
            case DECLARATIONS -> {
                dsl().update(DECLARATION)
                        .set(DECLARATION.PARTY_A_ID, 0L)
                        .set(DECLARATION.PARTY_B_ID, 0L)
                        .set(DECLARATION.DECLARED_BY_ID, 0L)
                        .setNull(DECLARATION.KIND_OTHER)
                        .setNull(DECLARATION.DESCRIPTION)
                        .setNull(DECLARATION.DECISION_OTHER)
                        .setNull(DECLARATION.DECISION_REASONS)
                        .setNull(DECLARATION.DECIDED_BY)
                        .setNull(DECLARATION.ENDED_NOTE)
                        .where(DECLARATION.ID.eq(id)).execute();
                dsl().update(DECLARATION_ACTION)
                        .set(DECLARATION_ACTION.DESCRIPTION, REMOVED)
                        .set(DECLARATION_ACTION.OWNER_NAME, REMOVED)
                        .where(DECLARATION_ACTION.DECLARATION_ID.eq(id)).execute();
                dsl().update(DECLARATION_RECONFIRMATION)
                        .setNull(DECLARATION_RECONFIRMATION.NOTE)
                        .where(DECLARATION_RECONFIRMATION.DECLARATION_ID.eq(id)).execute();
                yield dsl().update(CONFLICT_FLAG)
                        .set(CONFLICT_FLAG.SUBJECT_KEY, REMOVED)
                        .set(CONFLICT_FLAG.EXPLANATION, REMOVED)
                        .where(CONFLICT_FLAG.DECLARATION_ID.eq(id)).execute();
            }
            case ENQUIRIES -> {
                dsl().update(ENQUIRY)
                        .set(ENQUIRY.MEMBER_ID, 0L)
                        .set(ENQUIRY.SUBJECT, REMOVED)
                        .setNull(ENQUIRY.DETAILS)
                        .setNull(ENQUIRY.WARD_ID)
                        .setNull(ENQUIRY.OFFICER_ID)
                        .setNull(ENQUIRY.DIRECTOR_ID)
                        .setNull(ENQUIRY.TARGET_REASON)
                        .setNull(ENQUIRY.REFUSAL_REASONS)
                        .setNull(ENQUIRY.MO_ADVICE)
                        .where(ENQUIRY.ID.eq(id)).execute();
                yield dsl().update(ENQUIRY_ESCALATION)
                        .set(ENQUIRY_ESCALATION.ESCALATED_TO, 0L)
                        .setNull(ENQUIRY_ESCALATION.NOTE)
                        .where(ENQUIRY_ESCALATION.ENQUIRY_ID.eq(id)).execute();
            }
            case GROUP_MEETINGS -> {
                dsl().update(GROUP_MEETING)
                        .set(GROUP_MEETING.REQUESTED_BY_MEMBER_ID, 0L)
                        .set(GROUP_MEETING.SUBJECT, REMOVED)
                        .setNull(GROUP_MEETING.PLACE)
                        .setNull(GROUP_MEETING.NOTES)
                        .setNull(GROUP_MEETING.MO_NOTIFIED_BY_OFFICER_ID)
                        .where(GROUP_MEETING.ID.eq(id)).execute();
                // Each attendance keeps its answer for the figures; the officer becomes a distinct
                // non-person (the row's own id, negated), as one meeting cannot list an officer twice.
                yield dsl().update(GROUP_MEETING_OFFICER)
                        .set(GROUP_MEETING_OFFICER.OFFICER_ID, GROUP_MEETING_OFFICER.ID.neg())
                        .setNull(GROUP_MEETING_OFFICER.WRITTEN_ADVICE)
                        .where(GROUP_MEETING_OFFICER.GROUP_MEETING_ID.eq(id)).execute();
            }
        });
    }

    @Override
    public void delete(RetainedRegister register, long id) {
        Source s = source(register);
        described(() -> {
            // Child rows go with their record through the registers' ON DELETE CASCADE keys.
            dsl().deleteFrom(CONFIDENTIAL_GRANT).where(CONFIDENTIAL_GRANT.RECORD_TYPE.eq(register.recordType())
                    .and(CONFIDENTIAL_GRANT.RECORD_ID.eq(String.valueOf(id)))).execute();
            return dsl().deleteFrom(s.table()).where(s.id().eq(id)).execute();
        });
    }

    // Log

    @Override
    public DisposalLogEntry log(DisposalLogEntry e) {
        return described(() -> {
            var r = dsl().newRecord(DISPOSAL_LOG);
            r.setRegisterCode(e.register().name());
            r.setRecordId(e.recordId());
            r.setReference(e.reference());
            r.setRecordYear(e.recordYear());
            r.setTriggerDate(e.triggerDate());
            r.setDueDate(e.dueDate());
            r.setDisposalKind(e.action().name());
            r.setApprovedBy(e.approvedBy());
            r.setApprovedAt(e.approvedAt());
            r.setAttachmentsRemoved(e.attachmentsRemoved());
            r.setAuditRedacted(e.auditEntriesRedacted());
            r.setOlderBackups(e.olderBackups());
            r.setOldestBackupAt(e.oldestBackupAt());
            r.store();
            return toLogEntry(r);
        });
    }

    @Override
    public void setAuditEntriesRedacted(long logId, int count) {
        described(() -> dsl().update(DISPOSAL_LOG).set(DISPOSAL_LOG.AUDIT_REDACTED, count)
                .where(DISPOSAL_LOG.ID.eq(logId)).execute());
    }

    @Override
    public List<DisposalLogEntry> disposalLog() {
        return described(() -> dsl().selectFrom(DISPOSAL_LOG).orderBy(DISPOSAL_LOG.ID.desc())
                .fetch(JooqRetentionRepository::toLogEntry));
    }

    @Override
    public int deletedIn(RetainedRegister register, int year) {
        return described(() -> dsl().fetchCount(DISPOSAL_LOG, DISPOSAL_LOG.REGISTER_CODE.eq(register.name())
                .and(DISPOSAL_LOG.RECORD_YEAR.eq(year))
                .and(DISPOSAL_LOG.DISPOSAL_KIND.eq(DisposalAction.DELETE.name()))));
    }

    private static DisposalLogEntry toLogEntry(org.probity.storage.schema.tables.records.DisposalLogRecord r) {
        return new DisposalLogEntry(r.getId(), RetainedRegister.valueOf(r.getRegisterCode()), r.getRecordId(),
                r.getReference(), r.getRecordYear(), r.getTriggerDate(), r.getDueDate(),
                DisposalAction.valueOf(r.getDisposalKind()), r.getApprovedBy(), r.getApprovedAt(),
                r.getAttachmentsRemoved(), r.getAuditRedacted(), r.getOlderBackups(), r.getOldestBackupAt());
    }

    /** Outside a transaction a jOOQ failure would reach the screen raw; give it a sentence instead. */
    private static <T> T described(Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            throw new StorageException(StorageMessages.describe(e), e);
        }
    }
}
