package org.probity.subjectaccess.persistence;

import static org.probity.storage.schema.Tables.ATTACHMENT;
import static org.probity.storage.schema.Tables.AUDIT_ENTRY;
import static org.probity.storage.schema.Tables.COMPLAINT;
import static org.probity.storage.schema.Tables.COMPLAINT_STAGE;
import static org.probity.storage.schema.Tables.CONFLICT_FLAG;
import static org.probity.storage.schema.Tables.DECLARATION;
import static org.probity.storage.schema.Tables.DECLARATION_ACTION;
import static org.probity.storage.schema.Tables.ENQUIRY;
import static org.probity.storage.schema.Tables.ENQUIRY_ESCALATION;
import static org.probity.storage.schema.Tables.GROUP_MEETING;
import static org.probity.storage.schema.Tables.GROUP_MEETING_OFFICER;
import static org.probity.storage.schema.Tables.PROTOCOL_CONSULTATION;
import static org.probity.storage.schema.Tables.USER_ACCOUNT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.probity.people.PersonType;
import org.probity.storage.JooqSession;
import org.probity.storage.StorageException;
import org.probity.subjectaccess.DataSubject;
import org.probity.subjectaccess.Register;
import org.probity.subjectaccess.SubjectAccessRepository;

/**
 * Finds a person across the register tables: by the columns that refer to members and
 * officers, and by their name in every text column of an entry and of the rows kept with it
 * (actions, conflict flags, officers asked, escalations, stages), so that an entry which only
 * mentions them in a note is found too.
 */
public final class JooqSubjectAccessRepository implements SubjectAccessRepository {

    private final JooqSession session;

    public JooqSubjectAccessRepository(JooqSession session) {
        this.session = session;
    }

    @Override
    public Map<Register, List<Long>> recordIds(DataSubject subject) {
        try {
            Map<Register, List<Long>> ids = new EnumMap<>(Register.class);
            ids.put(Register.DECLARATIONS, declarations(subject));
            ids.put(Register.GROUP_MEETINGS, groupMeetings(subject));
            ids.put(Register.ENQUIRIES, enquiries(subject));
            ids.put(Register.COMPLAINTS, complaints(subject));
            return ids;
        } catch (DataAccessException e) {
            throw new StorageException("The registers could not be searched for " + subject.name() + ".", e);
        }
    }

    private List<Long> declarations(DataSubject s) {
        Set<Long> ids = new TreeSet<>();
        Condition refers = DSL.falseCondition();
        if (s.kind() != DataSubject.Kind.NAMED) {
            String kind = type(s).name();
            refers = DECLARATION.PARTY_A_KIND.eq(kind).and(DECLARATION.PARTY_A_ID.eq(s.id()))
                    .or(DECLARATION.PARTY_B_KIND.eq(kind).and(DECLARATION.PARTY_B_ID.eq(s.id())))
                    .or(DECLARATION.DECLARED_BY_KIND.eq(kind).and(DECLARATION.DECLARED_BY_ID.eq(s.id())));
        }
        ids.addAll(session.dsl().select(DECLARATION.ID).from(DECLARATION)
                .where(refers.or(mentions(DECLARATION, s.name()))).fetch(DECLARATION.ID));
        ids.addAll(session.dsl().selectDistinct(DECLARATION_ACTION.DECLARATION_ID).from(DECLARATION_ACTION)
                .where(mentions(DECLARATION_ACTION, s.name())).fetch(DECLARATION_ACTION.DECLARATION_ID));
        ids.addAll(session.dsl().selectDistinct(CONFLICT_FLAG.DECLARATION_ID).from(CONFLICT_FLAG)
                .where(mentions(CONFLICT_FLAG, s.name())).fetch(CONFLICT_FLAG.DECLARATION_ID));
        return new ArrayList<>(ids);
    }

    private List<Long> groupMeetings(DataSubject s) {
        Set<Long> ids = new TreeSet<>();
        Condition refers = switch (s.kind()) {
            case MEMBER -> GROUP_MEETING.REQUESTED_BY_MEMBER_ID.eq(s.id());
            case OFFICER -> GROUP_MEETING.MO_NOTIFIED_BY_OFFICER_ID.eq(s.id());
            case NAMED -> DSL.falseCondition();
        };
        ids.addAll(session.dsl().select(GROUP_MEETING.ID).from(GROUP_MEETING)
                .where(refers.or(mentions(GROUP_MEETING, s.name()))).fetch(GROUP_MEETING.ID));
        Condition asked = s.kind() == DataSubject.Kind.OFFICER ? GROUP_MEETING_OFFICER.OFFICER_ID.eq(s.id())
                : DSL.falseCondition();
        ids.addAll(session.dsl().selectDistinct(GROUP_MEETING_OFFICER.GROUP_MEETING_ID).from(GROUP_MEETING_OFFICER)
                .where(asked.or(mentions(GROUP_MEETING_OFFICER, s.name())))
                .fetch(GROUP_MEETING_OFFICER.GROUP_MEETING_ID));
        return new ArrayList<>(ids);
    }

    private List<Long> enquiries(DataSubject s) {
        Set<Long> ids = new TreeSet<>();
        Condition refers = switch (s.kind()) {
            case MEMBER -> ENQUIRY.MEMBER_ID.eq(s.id());
            case OFFICER -> ENQUIRY.OFFICER_ID.eq(s.id()).or(ENQUIRY.DIRECTOR_ID.eq(s.id()));
            case NAMED -> DSL.falseCondition();
        };
        ids.addAll(session.dsl().select(ENQUIRY.ID).from(ENQUIRY)
                .where(refers.or(mentions(ENQUIRY, s.name()))).fetch(ENQUIRY.ID));
        Condition escalatedTo = s.kind() == DataSubject.Kind.OFFICER ? ENQUIRY_ESCALATION.ESCALATED_TO.eq(s.id())
                : DSL.falseCondition();
        ids.addAll(session.dsl().selectDistinct(ENQUIRY_ESCALATION.ENQUIRY_ID).from(ENQUIRY_ESCALATION)
                .where(escalatedTo.or(mentions(ENQUIRY_ESCALATION, s.name()))).fetch(ENQUIRY_ESCALATION.ENQUIRY_ID));
        return new ArrayList<>(ids);
    }

    private List<Long> complaints(DataSubject s) {
        Set<Long> ids = new TreeSet<>();
        Condition refers = DSL.falseCondition();
        if (s.kind() != DataSubject.Kind.NAMED) {
            String kind = type(s).name();
            refers = COMPLAINT.COMPLAINANT_TYPE.eq(kind).and(COMPLAINT.COMPLAINANT_ID.eq(s.id()))
                    .or(COMPLAINT.SUBJECT_TYPE.eq(kind).and(COMPLAINT.SUBJECT_ID.eq(s.id())));
        }
        ids.addAll(session.dsl().select(COMPLAINT.ID).from(COMPLAINT)
                .where(refers.or(mentions(COMPLAINT, s.name()))).fetch(COMPLAINT.ID));
        Condition handled = s.kind() == DataSubject.Kind.OFFICER ? COMPLAINT_STAGE.HANDLER_ID.eq(s.id())
                : DSL.falseCondition();
        ids.addAll(session.dsl().selectDistinct(COMPLAINT_STAGE.COMPLAINT_ID).from(COMPLAINT_STAGE)
                .where(handled.or(mentions(COMPLAINT_STAGE, s.name()))).fetch(COMPLAINT_STAGE.COMPLAINT_ID));
        return new ArrayList<>(ids);
    }

    private static PersonType type(DataSubject s) {
        return s.kind() == DataSubject.Kind.MEMBER ? PersonType.MEMBER : PersonType.OFFICER;
    }

    /** The name in any text column of the table, whatever its case. */
    @SuppressWarnings("unchecked")
    private static Condition mentions(Table<?> table, String name) {
        if (name == null || name.isBlank()) {
            return DSL.falseCondition();
        }
        List<Condition> any = new ArrayList<>();
        for (Field<?> field : table.fields()) {
            if (field.getType() == String.class) {
                any.add(((Field<String>) field).containsIgnoreCase(name));
            }
        }
        return DSL.or(any);
    }

    @Override
    public List<String> namesInRecords(String text, int limit) {
        Set<String> names = new LinkedHashSet<>();
        try {
            for (TableField<?, String> column : List.of(DECLARATION.DECIDED_BY, DECLARATION_ACTION.OWNER_NAME,
                    PROTOCOL_CONSULTATION.CONTRIBUTOR_NAME, USER_ACCOUNT.FULL_NAME, ATTACHMENT.ADDED_BY,
                    AUDIT_ENTRY.USER_NAME)) {
                names.addAll(session.dsl().selectDistinct(column).from(column.getTable())
                        .where(column.containsIgnoreCase(text)).orderBy(column).limit(limit).fetch(column));
            }
        } catch (DataAccessException e) {
            throw new StorageException("The names in the registers could not be searched.", e);
        }
        return names.stream().filter(n -> n != null && !n.isBlank()).limit(limit).toList();
    }

    @Override
    public List<String> accountNames() {
        List<String> names = new ArrayList<>();
        session.dsl().select(USER_ACCOUNT.FULL_NAME, USER_ACCOUNT.LOGIN_NAME).from(USER_ACCOUNT)
                .forEach(r -> {
                    names.add(r.value1());
                    names.add(r.value2());
                });
        return names;
    }

    @Override
    public List<AuditRef> auditEntriesNaming(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        try {
            return session.dsl().select(AUDIT_ENTRY.ID, AUDIT_ENTRY.RECORD_TYPE, AUDIT_ENTRY.RECORD_ID)
                    .from(AUDIT_ENTRY)
                    .where(AUDIT_ENTRY.RECORD_LABEL.containsIgnoreCase(name)
                            .or(AUDIT_ENTRY.BEFORE_VALUES.containsIgnoreCase(name))
                            .or(AUDIT_ENTRY.AFTER_VALUES.containsIgnoreCase(name)))
                    .orderBy(AUDIT_ENTRY.ID)
                    .fetch(r -> new AuditRef(r.value1(), r.value2(), r.value3()));
        } catch (DataAccessException e) {
            throw new StorageException("The audit trail could not be searched for " + name + ".", e);
        }
    }

    @Override
    public List<String> recordIdsOfType(String recordType, int limit) {
        return session.dsl().select(AUDIT_ENTRY.RECORD_ID).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.RECORD_TYPE.eq(recordType))
                .groupBy(AUDIT_ENTRY.RECORD_ID).orderBy(DSL.max(AUDIT_ENTRY.ID).desc()).limit(limit)
                .fetch(AUDIT_ENTRY.RECORD_ID);
    }
}
