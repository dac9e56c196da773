package org.probity.complaints.persistence;

import static org.probity.storage.schema.Tables.COMPLAINT;
import static org.probity.storage.schema.Tables.COMPLAINT_PARAGRAPH;
import static org.probity.storage.schema.Tables.COMPLAINT_PROCEDURE;
import static org.probity.storage.schema.Tables.COMPLAINT_PROCEDURE_STAGE;
import static org.probity.storage.schema.Tables.COMPLAINT_STAGE;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintDecision;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ComplaintOutcome;
import org.probity.complaints.ComplaintProcedure;
import org.probity.complaints.ComplaintReference;
import org.probity.complaints.ComplaintRepository;
import org.probity.complaints.ComplaintRoute;
import org.probity.complaints.ComplaintStage;
import org.probity.complaints.ReceivedHow;
import org.probity.complaints.StageTemplate;
import org.probity.people.PersonRef;
import org.probity.people.PersonType;
import org.probity.storage.JooqSession;
import org.probity.storage.schema.tables.records.ComplaintRecord;
import org.probity.storage.schema.tables.records.ComplaintStageRecord;

/** Complaints with their decision in their own row and their stages as child rows. */
public final class JooqComplaintRepository implements ComplaintRepository {

    private static final String INSERT_COMPLAINT = "INSERT INTO complaint (ref_year, ref_number, received_on,"
            + " received_how, direction, complainant_type, complainant_id, subject_type, subject_id, category,"
            + " paragraphs, summary, alleges_code_breach, route, route_rule, route_reason, procedure_code, outcome,"
            + " decided_on, sanctions, learning_points, notice_published, notice_published_on, review_requested_on,"
            + " review_result) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_STAGE = "INSERT INTO complaint_stage (complaint_id, stage_number,"
            + " handler_id, started_on, acknowledge_due, acknowledged_on, respond_due, extension_days,"
            + " extension_reason, extended_due, completed_on, ip_consulted_on, ip_view, respond_days)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private final JooqSession session;

    public JooqComplaintRepository(JooqSession session) {
        this.session = session;
    }

    private DSLContext dsl() {
        return session.dsl();
    }

    @Override
    public List<ComplaintProcedure> procedures() {
        Map<Long, List<StageTemplate>> stages = new HashMap<>();
        dsl().selectFrom(COMPLAINT_PROCEDURE_STAGE).orderBy(COMPLAINT_PROCEDURE_STAGE.STAGE_NUMBER)
                .forEach(r -> stages.computeIfAbsent(r.getProcedureId(), k -> new ArrayList<>())
                        .add(new StageTemplate(r.getStageNumber(), r.getName(), r.getAcknowledgeDays(),
                                r.getRespondDays(), r.getMaxExtensionDays(), r.getDifferentHandler(),
                                r.getIndependentPerson())));
        return dsl().selectFrom(COMPLAINT_PROCEDURE).orderBy(COMPLAINT_PROCEDURE.ID)
                .fetch(r -> new ComplaintProcedure(r.getId(), r.getCode(), r.getName(),
                        stages.getOrDefault(r.getId(), List.of())));
    }

    @Override
    public Complaint insert(Complaint c) {
        ComplaintReference reference = c.reference();
        if (reference == null) {
            int year = c.receivedOn().getYear();
            Integer max = dsl().select(DSL.max(COMPLAINT.REF_NUMBER)).from(COMPLAINT)
                    .where(COMPLAINT.REF_YEAR.eq(year)).fetchOne(0, Integer.class);
            reference = new ComplaintReference(year, max == null ? 1 : max + 1);
        }
        ComplaintRecord r = dsl().newRecord(COMPLAINT);
        r.setRefYear(reference.year());
        r.setRefNumber(reference.number());
        fill(r, c);
        r.store();
        writeStages(r.getId(), c.stages());
        return find(r.getId()).orElseThrow();
    }

    @Override
    public void insertAll(List<Complaint> complaints) {
        if (complaints.isEmpty()) {
            return;
        }
        // Plain JDBC batches: thousands of jOOQ records, each stored on its own, take far longer.
        dsl().connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_COMPLAINT)) {
                for (Complaint c : complaints) {
                    Object[] values = complaintValues(c);
                    for (int i = 0; i < values.length; i++) {
                        bind(insert, i + 1, values[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            Map<ComplaintReference, Long> ids = new HashMap<>();
            int firstYear = complaints.stream().mapToInt(c -> c.reference().year()).min().orElseThrow();
            int lastYear = complaints.stream().mapToInt(c -> c.reference().year()).max().orElseThrow();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, ref_year, ref_number FROM complaint WHERE ref_year BETWEEN ? AND ?")) {
                select.setInt(1, firstYear);
                select.setInt(2, lastYear);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.put(new ComplaintReference(rs.getInt(2), rs.getInt(3)), rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_STAGE)) {
                for (Complaint c : complaints) {
                    for (ComplaintStage s : c.stages()) {
                        Object[] values = stageValues(ids.get(c.reference()), s);
                        for (int i = 0; i < values.length; i++) {
                            bind(insert, i + 1, values[i]);
                        }
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    private static Object[] complaintValues(Complaint c) {
        ComplaintDecision d = c.decision();
        return new Object[] {c.reference().year(), c.reference().number(), c.receivedOn(), c.receivedHow().name(),
            c.direction().name(), c.complainant().type().name(), c.complainant().id(), c.subject().type().name(),
            c.subject().id(), c.category().name(), c.paragraphs(), c.summary(), c.allegesCodeBreach(),
            c.route().name(), c.routeRule(), c.routeReason(), c.procedureCode(),
            d == null ? null : d.outcome().name(), d == null ? null : d.decidedOn(), d == null ? null : d.sanctions(),
            d == null ? null : d.learningPoints(), d != null && d.noticePublished(),
            d == null ? null : d.noticePublishedOn(), c.reviewRequestedOn(), c.reviewResult()};
    }

    private static Object[] stageValues(long complaintId, ComplaintStage s) {
        return new Object[] {complaintId, s.number(), s.handlerId(), s.startedOn(), s.acknowledgeDue(),
            s.acknowledgedOn(), s.respondDue(), s.extensionDays(), s.extensionReason(), s.extendedDue(),
            s.completedOn(), s.independentPersonConsultedOn(), s.independentPersonView(), s.respondDays()};
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.NULL);
        } else if (value instanceof LocalDate date) {
            statement.setDate(index, java.sql.Date.valueOf(date));
        } else {
            statement.setObject(index, value);
        }
    }

    @Override
    public void update(Complaint c) {
        ComplaintRecord r = dsl().fetchSingle(COMPLAINT, COMPLAINT.ID.eq(c.id()));
        fill(r, c);
        r.store();
        dsl().deleteFrom(COMPLAINT_STAGE).where(COMPLAINT_STAGE.COMPLAINT_ID.eq(c.id())).execute();
        writeStages(c.id(), c.stages());
    }

    private static void fill(ComplaintRecord r, Complaint c) {
        r.setReceivedOn(c.receivedOn());
        r.setReceivedHow(c.receivedHow().name());
        r.setDirection(c.direction().name());
        r.setComplainantType(c.complainant().type().name());
        r.setComplainantId(c.complainant().id());
        r.setSubjectType(c.subject().type().name());
        r.setSubjectId(c.subject().id());
        r.setCategory(c.category().name());
        r.setParagraphs(c.paragraphs());
        r.setSummary(c.summary());
        r.setAllegesCodeBreach(c.allegesCodeBreach());
        r.setRoute(c.route().name());
        r.setRouteRule(c.routeRule());
        r.setRouteReason(c.routeReason());
        r.setProcedureCode(c.procedureCode());
        ComplaintDecision d = c.decision();
        r.setOutcome(d == null ? null : d.outcome().name());
        r.setDecidedOn(d == null ? null : d.decidedOn());
        r.setSanctions(d == null ? null : d.sanctions());
        r.setLearningPoints(d == null ? null : d.learningPoints());
        r.setNoticePublished(d != null && d.noticePublished());
        r.setNoticePublishedOn(d == null ? null : d.noticePublishedOn());
        r.setReviewRequestedOn(c.reviewRequestedOn());
        r.setReviewResult(c.reviewResult());
    }

    private void writeStages(long complaintId, List<ComplaintStage> stages) {
        for (ComplaintStage s : stages) {
            ComplaintStageRecord r = dsl().newRecord(COMPLAINT_STAGE);
            r.setComplaintId(complaintId);
            r.setStageNumber(s.number());
            r.setHandlerId(s.handlerId());
            r.setStartedOn(s.startedOn());
            r.setAcknowledgeDue(s.acknowledgeDue());
            r.setAcknowledgedOn(s.acknowledgedOn());
            r.setRespondDue(s.respondDue());
            r.setExtensionDays(s.extensionDays());
            r.setExtensionReason(s.extensionReason());
            r.setExtendedDue(s.extendedDue());
            r.setCompletedOn(s.completedOn());
            r.setIpConsultedOn(s.independentPersonConsultedOn());
            r.setIpView(s.independentPersonView());
            r.setRespondDays(s.respondDays());
            r.store();
        }
    }

    @Override
    public Optional<Complaint> find(long id) {
        return fetch(COMPLAINT.ID.eq(id)).stream().findFirst();
    }

    @Override
    public Optional<Complaint> find(ComplaintReference reference) {
        return fetch(COMPLAINT.REF_YEAR.eq(reference.year()).and(COMPLAINT.REF_NUMBER.eq(reference.number())))
                .stream().findFirst();
    }

    @Override
    public List<Complaint> all() {
        return fetch(DSL.noCondition());
    }

    @Override
    public List<Complaint> receivedBetween(LocalDate from, LocalDate to) {
        return fetch(COMPLAINT.RECEIVED_ON.between(from, to));
    }

    @Override
    public List<Complaint> involving(PersonRef person) {
        return fetch(COMPLAINT.COMPLAINANT_TYPE.eq(person.type().name()).and(COMPLAINT.COMPLAINANT_ID.eq(person.id()))
                .or(COMPLAINT.SUBJECT_TYPE.eq(person.type().name()).and(COMPLAINT.SUBJECT_ID.eq(person.id()))));
    }

    @Override
    public List<Complaint> open() {
        return fetch(COMPLAINT.OUTCOME.isNull());
    }

    @Override
    public void moveResponseDue(long stageId, LocalDate newDue) {
        dsl().update(COMPLAINT_STAGE).set(COMPLAINT_STAGE.RESPOND_DUE, newDue)
                .where(COMPLAINT_STAGE.ID.eq(stageId)).execute();
    }

    @Override
    public int count() {
        return dsl().fetchCount(COMPLAINT);
    }

    @Override
    public Map<Integer, Integer> receivedByYear(LocalDate from, LocalDate to) {
        return org.probity.storage.YearCounts.count(dsl(), COMPLAINT, COMPLAINT.RECEIVED_ON, DSL.noCondition(), from, to);
    }

    @Override
    public void linkParagraphs(long complaintId, Long versionId, List<String> numbers) {
        dsl().deleteFrom(COMPLAINT_PARAGRAPH).where(COMPLAINT_PARAGRAPH.COMPLAINT_ID.eq(complaintId)).execute();
        if (versionId == null) {
            return;
        }
        for (String number : numbers) {
            dsl().insertInto(COMPLAINT_PARAGRAPH, COMPLAINT_PARAGRAPH.COMPLAINT_ID,
                    COMPLAINT_PARAGRAPH.PROTOCOL_VERSION_ID, COMPLAINT_PARAGRAPH.PARAGRAPH_NUMBER)
                    .values(complaintId, versionId, number).execute();
        }
    }

    @Override
    public Optional<Long> linkedVersion(long complaintId) {
        return dsl().selectDistinct(COMPLAINT_PARAGRAPH.PROTOCOL_VERSION_ID).from(COMPLAINT_PARAGRAPH)
                .where(COMPLAINT_PARAGRAPH.COMPLAINT_ID.eq(complaintId)).fetchOptional(0, Long.class);
    }

    @Override
    public void updateStageTargets(long procedureId, int stageNumber, Integer acknowledgeDays, Integer respondDays,
                                   int maxExtensionDays) {
        dsl().update(COMPLAINT_PROCEDURE_STAGE)
                .set(COMPLAINT_PROCEDURE_STAGE.ACKNOWLEDGE_DAYS, acknowledgeDays)
                .set(COMPLAINT_PROCEDURE_STAGE.RESPOND_DAYS, respondDays)
                .set(COMPLAINT_PROCEDURE_STAGE.MAX_EXTENSION_DAYS, maxExtensionDays)
                .where(COMPLAINT_PROCEDURE_STAGE.PROCEDURE_ID.eq(procedureId)
                        .and(COMPLAINT_PROCEDURE_STAGE.STAGE_NUMBER.eq(stageNumber)))
                .execute();
    }

    private List<Complaint> fetch(Condition condition) {
        Map<Long, List<ComplaintStage>> stages = new HashMap<>();
        dsl().select(COMPLAINT_STAGE.fields()).from(COMPLAINT_STAGE)
                .join(COMPLAINT).on(COMPLAINT.ID.eq(COMPLAINT_STAGE.COMPLAINT_ID))
                .where(condition).orderBy(COMPLAINT_STAGE.COMPLAINT_ID, COMPLAINT_STAGE.STAGE_NUMBER)
                .forEach(r -> stages.computeIfAbsent(r.get(COMPLAINT_STAGE.COMPLAINT_ID), k -> new ArrayList<>())
                        .add(new ComplaintStage(r.get(COMPLAINT_STAGE.ID), r.get(COMPLAINT_STAGE.STAGE_NUMBER),
                                r.get(COMPLAINT_STAGE.HANDLER_ID), r.get(COMPLAINT_STAGE.STARTED_ON),
                                r.get(COMPLAINT_STAGE.ACKNOWLEDGE_DUE), r.get(COMPLAINT_STAGE.ACKNOWLEDGED_ON),
                                r.get(COMPLAINT_STAGE.RESPOND_DUE), r.get(COMPLAINT_STAGE.EXTENSION_DAYS),
                                r.get(COMPLAINT_STAGE.EXTENSION_REASON), r.get(COMPLAINT_STAGE.EXTENDED_DUE),
                                r.get(COMPLAINT_STAGE.COMPLETED_ON), r.get(COMPLAINT_STAGE.IP_CONSULTED_ON),
                                r.get(COMPLAINT_STAGE.IP_VIEW), r.get(COMPLAINT_STAGE.RESPOND_DAYS))));
        return dsl().selectFrom(COMPLAINT).where(condition)
                .orderBy(COMPLAINT.REF_YEAR, COMPLAINT.REF_NUMBER)
                .fetch(r -> toComplaint(r, stages.getOrDefault(r.getId(), List.of())));
    }

    private static Complaint toComplaint(ComplaintRecord r, List<ComplaintStage> stages) {
        ComplaintDecision decision = r.getOutcome() == null ? null
                : new ComplaintDecision(ComplaintOutcome.valueOf(r.getOutcome()), r.getDecidedOn(), r.getSanctions(),
                        r.getLearningPoints(), Boolean.TRUE.equals(r.getNoticePublished()), r.getNoticePublishedOn());
        return new Complaint(r.getId(), new ComplaintReference(r.getRefYear(), r.getRefNumber()), r.getReceivedOn(),
                ReceivedHow.valueOf(r.getReceivedHow()), ComplaintDirection.valueOf(r.getDirection()),
                new PersonRef(PersonType.valueOf(r.getComplainantType()), r.getComplainantId()),
                new PersonRef(PersonType.valueOf(r.getSubjectType()), r.getSubjectId()),
                ComplaintCategory.valueOf(r.getCategory()), r.getParagraphs(), r.getSummary(),
                Boolean.TRUE.equals(r.getAllegesCodeBreach()), ComplaintRoute.valueOf(r.getRoute()), r.getRouteRule(),
                r.getRouteReason(), r.getProcedureCode(), stages, decision, r.getReviewRequestedOn(),
                r.getReviewResult(), true);
    }
}
