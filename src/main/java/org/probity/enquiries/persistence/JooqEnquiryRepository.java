package org.probity.enquiries.persistence;

import static org.probity.storage.schema.Tables.ENQUIRY;
import static org.probity.storage.schema.Tables.ENQUIRY_ESCALATION;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.probity.enquiries.ConsentBasis;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryChannel;
import org.probity.enquiries.EnquiryKind;
import org.probity.enquiries.EnquiryReference;
import org.probity.enquiries.EnquiryRepository;
import org.probity.enquiries.EnquiryStatus;
import org.probity.enquiries.Escalation;
import org.probity.enquiries.HoldingReply;
import org.probity.enquiries.PerformanceRow;
import org.probity.enquiries.Refusal;
import org.probity.enquiries.RefusalCounts;
import org.probity.enquiries.YearOnTarget;
import org.probity.storage.JooqSession;
import org.probity.storage.schema.tables.records.EnquiryRecord;

/** Enquiries with the refusal in their own row and escalations as child rows. */
public final class JooqEnquiryRepository implements EnquiryRepository {

    private final JooqSession session;

    public JooqEnquiryRepository(JooqSession session) {
        this.session = session;
    }

    private DSLContext dsl() {
        return session.dsl();
    }

    @Override
    public Enquiry insert(Enquiry e) {
        EnquiryReference reference = e.reference();
        if (reference == null) {
            int year = e.receivedOn().getYear();
            Integer max = dsl().select(DSL.max(ENQUIRY.REF_NUMBER)).from(ENQUIRY)
                    .where(ENQUIRY.REF_YEAR.eq(year)).fetchOne(0, Integer.class);
            reference = new EnquiryReference(year, max == null ? 1 : max + 1);
        }
        EnquiryRecord r = dsl().newRecord(ENQUIRY);
        r.setRefYear(reference.year());
        r.setRefNumber(reference.number());
        fill(r, e);
        r.store();
        writeEscalations(r.getId(), e.escalations());
        return find(r.getId()).orElseThrow();
    }

    @Override
    public void insertAll(List<Enquiry> enquiries) {
        if (enquiries.isEmpty()) {
            return;
        }
        // Plain JDBC batches: building a jOOQ record for each of hundreds of thousands of rows costs minutes.
        dsl().connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO enquiry (ref_year, ref_number,"
                    + " member_id, received_on, channel, subject, details, enquiry_kind, ward_id, service_area_id,"
                    + " directorate_id, officer_id, director_id, consent_basis, target_days, target_reason,"
                    + " target_due, expected_due, acknowledged_on, holding_reply_on, holding_expected_on,"
                    + " answered_on, refused_on, refusal_reasons, reasons_requested_on, reasons_sent_on,"
                    + " copied_to_mo_on, mo_advice, mo_advised_on, closed_on, status)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (Enquiry e : enquiries) {
                    HoldingReply holding = e.holdingReply();
                    Refusal refusal = e.refusal();
                    Object[] values = {e.reference().year(), e.reference().number(), e.memberId(), e.receivedOn(),
                        e.channel().name(), e.subject(), e.details(), e.kind().name(), e.wardId(),
                        e.serviceAreaId(), e.directorateId(), e.officerId(), e.directorId(),
                        e.consentBasis() == null ? null : e.consentBasis().name(), e.targetDays(),
                        e.targetReason(), e.targetDue(), e.expectedDue(), e.acknowledgedOn(),
                        holding == null ? null : holding.sentOn(), holding == null ? null : holding.newExpectedOn(),
                        e.answeredOn(), refusal == null ? null : refusal.refusedOn(),
                        refusal == null ? null : refusal.reasons(),
                        refusal == null ? null : refusal.reasonsRequestedOn(),
                        refusal == null ? null : refusal.reasonsSentOn(),
                        refusal == null ? null : refusal.copiedToMonitoringOfficerOn(),
                        refusal == null ? null : refusal.monitoringOfficerAdvice(),
                        refusal == null ? null : refusal.advisedOn(), e.closedOn(), e.status().name()};
                    for (int i = 0; i < values.length; i++) {
                        bind(insert, i + 1, values[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            if (enquiries.stream().noneMatch(Enquiry::isEscalated)) {
                return;
            }
            Map<EnquiryReference, Long> ids = new HashMap<>();
            int firstYear = enquiries.stream().mapToInt(e -> e.reference().year()).min().orElseThrow();
            int lastYear = enquiries.stream().mapToInt(e -> e.reference().year()).max().orElseThrow();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, ref_year, ref_number FROM enquiry WHERE ref_year BETWEEN ? AND ?")) {
                select.setInt(1, firstYear);
                select.setInt(2, lastYear);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.put(new EnquiryReference(rs.getInt(2), rs.getInt(3)), rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement escalate = connection.prepareStatement("INSERT INTO enquiry_escalation"
                    + " (enquiry_id, escalated_on, escalated_to, note) VALUES (?,?,?,?)")) {
                for (Enquiry e : enquiries) {
                    for (Escalation x : e.escalations()) {
                        escalate.setLong(1, ids.get(e.reference()));
                        bind(escalate, 2, x.escalatedOn());
                        escalate.setLong(3, x.escalatedToOfficerId());
                        bind(escalate, 4, x.note());
                        escalate.addBatch();
                    }
                }
                escalate.executeBatch();
            }
        });
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
    public void update(Enquiry e) {
        EnquiryRecord r = dsl().fetchSingle(ENQUIRY, ENQUIRY.ID.eq(e.id()));
        fill(r, e);
        r.store();
        dsl().deleteFrom(ENQUIRY_ESCALATION).where(ENQUIRY_ESCALATION.ENQUIRY_ID.eq(e.id())).execute();
        writeEscalations(e.id(), e.escalations());
    }

    @Override
    public void delete(long id) {
        dsl().deleteFrom(ENQUIRY).where(ENQUIRY.ID.eq(id)).execute();
    }

    private static void fill(EnquiryRecord r, Enquiry e) {
        r.setMemberId(e.memberId());
        r.setReceivedOn(e.receivedOn());
        r.setChannel(e.channel().name());
        r.setSubject(e.subject());
        r.setDetails(e.details());
        r.setEnquiryKind(e.kind().name());
        r.setWardId(e.wardId());
        r.setServiceAreaId(e.serviceAreaId());
        r.setDirectorateId(e.directorateId());
        r.setOfficerId(e.officerId());
        r.setDirectorId(e.directorId());
        r.setConsentBasis(e.consentBasis() == null ? null : e.consentBasis().name());
        r.setTargetDays(e.targetDays());
        r.setTargetReason(e.targetReason());
        r.setTargetDue(e.targetDue());
        r.setExpectedDue(e.expectedDue());
        r.setAcknowledgedOn(e.acknowledgedOn());
        HoldingReply holding = e.holdingReply();
        r.setHoldingReplyOn(holding == null ? null : holding.sentOn());
        r.setHoldingExpectedOn(holding == null ? null : holding.newExpectedOn());
        r.setAnsweredOn(e.answeredOn());
        Refusal refusal = e.refusal();
        r.setRefusedOn(refusal == null ? null : refusal.refusedOn());
        r.setRefusalReasons(refusal == null ? null : refusal.reasons());
        r.setReasonsRequestedOn(refusal == null ? null : refusal.reasonsRequestedOn());
        r.setReasonsSentOn(refusal == null ? null : refusal.reasonsSentOn());
        r.setCopiedToMoOn(refusal == null ? null : refusal.copiedToMonitoringOfficerOn());
        r.setMoAdvice(refusal == null ? null : refusal.monitoringOfficerAdvice());
        r.setMoAdvisedOn(refusal == null ? null : refusal.advisedOn());
        r.setClosedOn(e.closedOn());
        r.setStatus(e.status().name());
    }

    private void writeEscalations(long enquiryId, List<Escalation> escalations) {
        for (Escalation x : escalations) {
            dsl().insertInto(ENQUIRY_ESCALATION)
                    .set(ENQUIRY_ESCALATION.ENQUIRY_ID, enquiryId)
                    .set(ENQUIRY_ESCALATION.ESCALATED_ON, x.escalatedOn())
                    .set(ENQUIRY_ESCALATION.ESCALATED_TO, x.escalatedToOfficerId())
                    .set(ENQUIRY_ESCALATION.NOTE, x.note())
                    .execute();
        }
    }

    @Override
    public Optional<Enquiry> find(long id) {
        return fetch(ENQUIRY.ID.eq(id)).stream().findFirst();
    }

    @Override
    public Optional<Enquiry> find(EnquiryReference reference) {
        return fetch(ENQUIRY.REF_YEAR.eq(reference.year()).and(ENQUIRY.REF_NUMBER.eq(reference.number())))
                .stream().findFirst();
    }

    @Override
    public List<Enquiry> receivedBetween(LocalDate from, LocalDate to) {
        return fetch(ENQUIRY.RECEIVED_ON.between(from, to));
    }

    @Override
    public List<Enquiry> fromMember(long memberId) {
        return fetch(ENQUIRY.MEMBER_ID.eq(memberId));
    }

    @Override
    public List<Enquiry> withSubjectContaining(String text, int limit) {
        List<Long> ids = dsl().select(ENQUIRY.ID).from(ENQUIRY)
                .where(DSL.lower(ENQUIRY.SUBJECT).contains(text.toLowerCase(java.util.Locale.ROOT)))
                .orderBy(ENQUIRY.RECEIVED_ON.desc(), ENQUIRY.ID.desc())
                .limit(limit)
                .fetch(ENQUIRY.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Enquiry> found = new ArrayList<>(fetch(ENQUIRY.ID.in(ids)));
        found.sort(java.util.Comparator.comparing(Enquiry::receivedOn).reversed()
                .thenComparing(Enquiry::reference, java.util.Comparator.reverseOrder()));
        return found;
    }

    @Override
    public List<Enquiry> awaitingReplyDueBy(LocalDate until) {
        return fetch(ENQUIRY.STATUS.eq(EnquiryStatus.OPEN.name()).and(ENQUIRY.EXPECTED_DUE.le(until)));
    }

    @Override
    public List<Enquiry> awaitingReply() {
        return fetch(ENQUIRY.STATUS.eq(EnquiryStatus.OPEN.name()));
    }

    @Override
    public List<Enquiry> refusalsAwaitingAdvice() {
        return fetch(ENQUIRY.REFUSED_ON.isNotNull().and(ENQUIRY.MO_ADVISED_ON.isNull()));
    }

    @Override
    public void moveTargetDue(long id, LocalDate newDue) {
        dsl().update(ENQUIRY)
                .set(ENQUIRY.TARGET_DUE, newDue)
                .set(ENQUIRY.EXPECTED_DUE, DSL.coalesce(ENQUIRY.HOLDING_EXPECTED_ON, DSL.val(newDue)))
                .where(ENQUIRY.ID.eq(id))
                .execute();
    }

    @Override
    public void forPerformance(LocalDate from, LocalDate to, Consumer<PerformanceRow> row) {
        ResultQuery<?> query = dsl().select(ENQUIRY.ID, ENQUIRY.RECEIVED_ON, ENQUIRY.TARGET_DUE,
                        ENQUIRY.ANSWERED_ON, ENQUIRY.REFUSED_ON, ENQUIRY.SERVICE_AREA_ID, ENQUIRY.DIRECTORATE_ID,
                        ENQUIRY.OFFICER_ID, ENQUIRY.HOLDING_REPLY_ON)
                .from(ENQUIRY)
                .where(ENQUIRY.RECEIVED_ON.between(from, to));
        // A year can hold hundreds of thousands of rows: read them straight from the result set,
        // without building a record for each, so the figures come back within a second.
        List<PerformanceRow> rows = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        dsl().connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(query.getSQL())) {
                List<Object> binds = query.getBindValues();
                for (int i = 0; i < binds.size(); i++) {
                    statement.setObject(i + 1, binds.get(i));
                }
                statement.setFetchSize(5000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        LocalDate answered = rs.getObject(4, LocalDate.class);
                        LocalDate refused = rs.getObject(5, LocalDate.class);
                        ids.add(rs.getLong(1));
                        rows.add(new PerformanceRow(rs.getObject(2, LocalDate.class),
                                rs.getObject(3, LocalDate.class), answered != null ? answered : refused,
                                nullableLong(rs, 6), nullableLong(rs, 7), nullableLong(rs, 8),
                                rs.getObject(9) != null, false, refused != null));
                    }
                }
            }
        });
        if (rows.isEmpty()) {
            return;
        }
        // The escalated ones among them: escalations whose enquiry lies between the lowest and highest of
        // these, read in order from the escalations' own index, rather than looked up enquiry by enquiry.
        long lowest = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
        long highest = ids.stream().mapToLong(Long::longValue).max().orElseThrow();
        Set<Long> escalated = new HashSet<>(dsl().selectDistinct(ENQUIRY_ESCALATION.ENQUIRY_ID)
                .from(ENQUIRY_ESCALATION).where(ENQUIRY_ESCALATION.ENQUIRY_ID.between(lowest, highest))
                .fetch(ENQUIRY_ESCALATION.ENQUIRY_ID));
        for (int i = 0; i < rows.size(); i++) {
            PerformanceRow r = rows.get(i);
            row.accept(escalated.contains(ids.get(i)) ? new PerformanceRow(r.receivedOn(), r.targetDue(),
                    r.repliedOn(), r.serviceAreaId(), r.directorateId(), r.officerId(), r.holdingReply(), true,
                    r.refused()) : r);
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    @Override
    public List<YearOnTarget> onTargetByYear(LocalDate from, LocalDate to, LocalDate asOf) {
        Field<LocalDate> repliedOn = DSL.coalesce(ENQUIRY.ANSWERED_ON, ENQUIRY.REFUSED_ON);
        List<YearOnTarget> years = new ArrayList<>();
        // A query a year rather than one grouped by the year: the database then has no year to work
        // out and look up for each enquiry, which took longer than the counting.
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate first = LocalDate.of(year, 1, 1).isBefore(from) ? from : LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31).isAfter(to) ? to : LocalDate.of(year, 12, 31);
            int y = year;
            dsl().select(DSL.count(),
                            DSL.count().filterWhere(repliedOn.isNotNull().or(ENQUIRY.TARGET_DUE.lt(asOf))),
                            DSL.count().filterWhere(repliedOn.le(ENQUIRY.TARGET_DUE)))
                    .from(ENQUIRY)
                    .where(ENQUIRY.RECEIVED_ON.between(first, last))
                    .fetchOptional()
                    .filter(r -> r.value1() > 0)
                    .ifPresent(r -> years.add(new YearOnTarget(y, r.value2(), r.value3())));
        }
        return years;
    }

    @Override
    public RefusalCounts refusals(LocalDate from, LocalDate to) {
        return dsl().select(DSL.count(), DSL.count(ENQUIRY.COPIED_TO_MO_ON), DSL.count(ENQUIRY.MO_ADVISED_ON))
                .from(ENQUIRY)
                .where(ENQUIRY.RECEIVED_ON.between(from, to).and(ENQUIRY.REFUSED_ON.isNotNull()))
                .fetchOne(r -> new RefusalCounts(r.value1(), r.value2(), r.value3()));
    }

    @Override
    public int count() {
        return dsl().fetchCount(ENQUIRY);
    }

    private List<Enquiry> fetch(Condition condition) {
        Map<Long, List<Escalation>> escalations = new HashMap<>();
        dsl().select(ENQUIRY_ESCALATION.fields()).from(ENQUIRY_ESCALATION)
                .join(ENQUIRY).on(ENQUIRY.ID.eq(ENQUIRY_ESCALATION.ENQUIRY_ID))
                .where(condition).orderBy(ENQUIRY_ESCALATION.ESCALATED_ON, ENQUIRY_ESCALATION.ID)
                .forEach(r -> escalations.computeIfAbsent(r.get(ENQUIRY_ESCALATION.ENQUIRY_ID),
                        k -> new ArrayList<>()).add(new Escalation(r.get(ENQUIRY_ESCALATION.ID),
                        r.get(ENQUIRY_ESCALATION.ESCALATED_ON), r.get(ENQUIRY_ESCALATION.ESCALATED_TO),
                        r.get(ENQUIRY_ESCALATION.NOTE))));
        return dsl().selectFrom(ENQUIRY).where(condition)
                .orderBy(ENQUIRY.REF_YEAR, ENQUIRY.REF_NUMBER)
                .fetch(r -> toEnquiry(r, escalations.getOrDefault(r.getId(), List.of())));
    }

    private static Enquiry toEnquiry(EnquiryRecord r, List<Escalation> escalations) {
        HoldingReply holding = r.getHoldingReplyOn() == null ? null
                : new HoldingReply(r.getHoldingReplyOn(), r.getHoldingExpectedOn());
        Refusal refusal = r.getRefusedOn() == null ? null
                : new Refusal(r.getRefusedOn(), r.getRefusalReasons(), r.getReasonsRequestedOn(),
                        r.getReasonsSentOn(), r.getCopiedToMoOn(), r.getMoAdvice(), r.getMoAdvisedOn());
        return new Enquiry(r.getId(), new EnquiryReference(r.getRefYear(), r.getRefNumber()), r.getMemberId(),
                r.getReceivedOn(), EnquiryChannel.valueOf(r.getChannel()), r.getSubject(), r.getDetails(),
                EnquiryKind.valueOf(r.getEnquiryKind()), r.getWardId(), r.getServiceAreaId(), r.getDirectorateId(),
                r.getOfficerId(), r.getDirectorId(),
                r.getConsentBasis() == null ? null : ConsentBasis.valueOf(r.getConsentBasis()),
                r.getTargetDays(), r.getTargetReason(), r.getTargetDue(), r.getAcknowledgedOn(), holding,
                escalations, r.getAnsweredOn(), refusal, r.getClosedOn());
    }
}
