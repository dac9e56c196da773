package org.probity.protocols.persistence;

import static org.probity.storage.schema.Tables.PROTOCOL;
import static org.probity.storage.schema.Tables.PROTOCOL_AMENDMENT;
import static org.probity.storage.schema.Tables.PROTOCOL_APPROVAL_STEP;
import static org.probity.storage.schema.Tables.PROTOCOL_CONSULTATION;
import static org.probity.storage.schema.Tables.PROTOCOL_PARAGRAPH;
import static org.probity.storage.schema.Tables.PROTOCOL_REVIEW;
import static org.probity.storage.schema.Tables.PROTOCOL_SETTING;
import static org.probity.storage.schema.Tables.PROTOCOL_VERSION;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.probity.protocols.Amendment;
import org.probity.protocols.ApprovalDecision;
import org.probity.protocols.ApprovalStep;
import org.probity.protocols.Consultation;
import org.probity.protocols.Paragraph;
import org.probity.protocols.Protocol;
import org.probity.protocols.ProtocolRepository;
import org.probity.protocols.ProtocolVersion;
import org.probity.protocols.Review;
import org.probity.protocols.ReviewReason;
import org.probity.protocols.ReviewStatus;
import org.probity.protocols.VersionStatus;
import org.probity.storage.JooqSession;
import org.probity.storage.schema.tables.records.ProtocolAmendmentRecord;
import org.probity.storage.schema.tables.records.ProtocolApprovalStepRecord;
import org.probity.storage.schema.tables.records.ProtocolConsultationRecord;
import org.probity.storage.schema.tables.records.ProtocolRecord;
import org.probity.storage.schema.tables.records.ProtocolReviewRecord;
import org.probity.storage.schema.tables.records.ProtocolVersionRecord;

/** Protocols, versions with their paragraphs in order, and reviews with their logs. */
public final class JooqProtocolRepository implements ProtocolRepository {

    private final JooqSession session;

    public JooqProtocolRepository(JooqSession session) {
        this.session = session;
    }

    private DSLContext dsl() {
        return session.dsl();
    }

    // Protocols

    @Override
    public List<Protocol> protocols() {
        return dsl().selectFrom(PROTOCOL).orderBy(PROTOCOL.TITLE).fetch(JooqProtocolRepository::protocol);
    }

    @Override
    public Optional<Protocol> protocol(long id) {
        return dsl().selectFrom(PROTOCOL).where(PROTOCOL.ID.eq(id)).fetchOptional(JooqProtocolRepository::protocol);
    }

    @Override
    public Protocol insert(Protocol protocol) {
        ProtocolRecord r = dsl().newRecord(PROTOCOL);
        r.setTitle(protocol.title());
        r.setSummary(protocol.summary());
        r.store();
        return protocol.withId(r.getId());
    }

    @Override
    public void update(Protocol protocol) {
        dsl().update(PROTOCOL).set(PROTOCOL.TITLE, protocol.title()).set(PROTOCOL.SUMMARY, protocol.summary())
                .where(PROTOCOL.ID.eq(protocol.id())).execute();
    }

    private static Protocol protocol(ProtocolRecord r) {
        return new Protocol(r.getId(), r.getTitle(), r.getSummary());
    }

    // Versions and paragraphs

    @Override
    public List<ProtocolVersion> versions(long protocolId) {
        return dsl().selectFrom(PROTOCOL_VERSION).where(PROTOCOL_VERSION.PROTOCOL_ID.eq(protocolId))
                .orderBy(PROTOCOL_VERSION.VERSION_NUMBER).fetch(JooqProtocolRepository::version);
    }

    @Override
    public List<ProtocolVersion> allVersions() {
        return dsl().selectFrom(PROTOCOL_VERSION)
                .orderBy(PROTOCOL_VERSION.PROTOCOL_ID, PROTOCOL_VERSION.VERSION_NUMBER)
                .fetch(JooqProtocolRepository::version);
    }

    @Override
    public Optional<ProtocolVersion> version(long id) {
        return dsl().selectFrom(PROTOCOL_VERSION).where(PROTOCOL_VERSION.ID.eq(id))
                .fetchOptional(JooqProtocolRepository::version);
    }

    @Override
    public int nextVersionNumber(long protocolId) {
        Integer max = dsl().select(DSL.max(PROTOCOL_VERSION.VERSION_NUMBER)).from(PROTOCOL_VERSION)
                .where(PROTOCOL_VERSION.PROTOCOL_ID.eq(protocolId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    @Override
    public ProtocolVersion insert(ProtocolVersion v) {
        ProtocolVersionRecord r = dsl().newRecord(PROTOCOL_VERSION);
        fill(r, v);
        r.store();
        return v.withId(r.getId());
    }

    @Override
    public void update(ProtocolVersion v) {
        ProtocolVersionRecord r = dsl().fetchSingle(PROTOCOL_VERSION, PROTOCOL_VERSION.ID.eq(v.id()));
        fill(r, v);
        r.store();
    }

    private static void fill(ProtocolVersionRecord r, ProtocolVersion v) {
        r.setProtocolId(v.protocolId());
        r.setVersionNumber(v.number());
        r.setStatus(v.status().name());
        r.setAdoptedOn(v.adoptedOn());
        r.setAdoptedBy(v.adoptedBy());
        r.setConstitutionPart(v.constitutionPart());
        r.setNextReviewOn(v.nextReviewOn());
        r.setSourceName(v.sourceName());
    }

    private static ProtocolVersion version(ProtocolVersionRecord r) {
        return new ProtocolVersion(r.getId(), r.getProtocolId(), r.getVersionNumber(),
                VersionStatus.valueOf(r.getStatus()), r.getAdoptedOn(), r.getAdoptedBy(), r.getConstitutionPart(),
                r.getNextReviewOn(), r.getSourceName());
    }

    @Override
    public List<Paragraph> paragraphs(long versionId) {
        return dsl().selectFrom(PROTOCOL_PARAGRAPH).where(PROTOCOL_PARAGRAPH.VERSION_ID.eq(versionId))
                .orderBy(PROTOCOL_PARAGRAPH.ORDINAL)
                .fetch(r -> new Paragraph(r.getNumberLabel(), r.getDepth(), r.getIsHeading(), r.getBody()));
    }

    @Override
    public void replaceParagraphs(long versionId, List<Paragraph> paragraphs) {
        dsl().deleteFrom(PROTOCOL_PARAGRAPH).where(PROTOCOL_PARAGRAPH.VERSION_ID.eq(versionId)).execute();
        var insert = dsl().insertInto(PROTOCOL_PARAGRAPH, PROTOCOL_PARAGRAPH.VERSION_ID, PROTOCOL_PARAGRAPH.ORDINAL,
                PROTOCOL_PARAGRAPH.NUMBER_LABEL, PROTOCOL_PARAGRAPH.DEPTH, PROTOCOL_PARAGRAPH.IS_HEADING,
                PROTOCOL_PARAGRAPH.BODY);
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            insert = insert.values(versionId, i + 1, p.number(), p.depth(), p.heading(), p.text());
        }
        if (!paragraphs.isEmpty()) {
            insert.execute();
        }
    }

    // Reviews

    @Override
    public List<Review> reviews(long protocolId) {
        return dsl().selectFrom(PROTOCOL_REVIEW).where(PROTOCOL_REVIEW.PROTOCOL_ID.eq(protocolId))
                .orderBy(PROTOCOL_REVIEW.OPENED_ON, PROTOCOL_REVIEW.ID).fetch(JooqProtocolRepository::review);
    }

    @Override
    public List<Review> allReviews() {
        return dsl().selectFrom(PROTOCOL_REVIEW).orderBy(PROTOCOL_REVIEW.OPENED_ON, PROTOCOL_REVIEW.ID)
                .fetch(JooqProtocolRepository::review);
    }

    @Override
    public Optional<Review> review(long id) {
        return dsl().selectFrom(PROTOCOL_REVIEW).where(PROTOCOL_REVIEW.ID.eq(id))
                .fetchOptional(JooqProtocolRepository::review);
    }

    @Override
    public Review insert(Review review) {
        ProtocolReviewRecord r = dsl().newRecord(PROTOCOL_REVIEW);
        fill(r, review);
        r.store();
        return review.withId(r.getId());
    }

    @Override
    public void update(Review review) {
        ProtocolReviewRecord r = dsl().fetchSingle(PROTOCOL_REVIEW, PROTOCOL_REVIEW.ID.eq(review.id()));
        fill(r, review);
        r.store();
    }

    private static void fill(ProtocolReviewRecord r, Review v) {
        r.setProtocolId(v.protocolId());
        r.setReviewedVersionId(v.reviewedVersionId());
        r.setDraftVersionId(v.draftVersionId());
        r.setOpenedOn(v.openedOn());
        r.setReason(v.reason().name());
        r.setPeriodFrom(v.periodFrom());
        r.setPeriodTo(v.periodTo());
        r.setFindings(v.findings());
        r.setStatus(v.status().name());
        r.setClosedOn(v.closedOn());
    }

    private static Review review(ProtocolReviewRecord r) {
        return new Review(r.getId(), r.getProtocolId(), r.getReviewedVersionId(), r.getDraftVersionId(),
                r.getOpenedOn(), ReviewReason.valueOf(r.getReason()), r.getPeriodFrom(), r.getPeriodTo(),
                r.getFindings(), ReviewStatus.valueOf(r.getStatus()), r.getClosedOn());
    }

    // Amendments

    @Override
    public List<Amendment> amendments(long reviewId) {
        return dsl().selectFrom(PROTOCOL_AMENDMENT).where(PROTOCOL_AMENDMENT.REVIEW_ID.eq(reviewId))
                .orderBy(PROTOCOL_AMENDMENT.ID).fetch(r -> new Amendment(r.getId(), r.getReviewId(), r.getStepId(),
                        r.getNumberLabel(), r.getOldText(), r.getNewText(), r.getRationale(), r.getProposedBy(),
                        r.getMadeOn()));
    }

    @Override
    public Amendment insert(Amendment a) {
        ProtocolAmendmentRecord r = dsl().newRecord(PROTOCOL_AMENDMENT);
        r.setReviewId(a.reviewId());
        r.setStepId(a.stepId());
        r.setNumberLabel(a.number());
        r.setOldText(a.oldText());
        r.setNewText(a.newText());
        r.setRationale(a.rationale());
        r.setProposedBy(a.proposedBy());
        r.setMadeOn(a.madeOn());
        r.store();
        return a.withId(r.getId());
    }

    // Consultation

    @Override
    public List<Consultation> consultations(long reviewId) {
        return dsl().selectFrom(PROTOCOL_CONSULTATION).where(PROTOCOL_CONSULTATION.REVIEW_ID.eq(reviewId))
                .orderBy(PROTOCOL_CONSULTATION.APPROVER, PROTOCOL_CONSULTATION.SENT_ON, PROTOCOL_CONSULTATION.ID)
                .fetch(JooqProtocolRepository::consultation);
    }

    @Override
    public List<Consultation> outstandingConsultations() {
        return dsl().selectFrom(PROTOCOL_CONSULTATION).where(PROTOCOL_CONSULTATION.RESPONDED_ON.isNull())
                .orderBy(PROTOCOL_CONSULTATION.RESPOND_BY).fetch(JooqProtocolRepository::consultation);
    }

    @Override
    public Optional<Consultation> consultation(long id) {
        return dsl().selectFrom(PROTOCOL_CONSULTATION).where(PROTOCOL_CONSULTATION.ID.eq(id))
                .fetchOptional(JooqProtocolRepository::consultation);
    }

    @Override
    public Consultation insert(Consultation c) {
        ProtocolConsultationRecord r = dsl().newRecord(PROTOCOL_CONSULTATION);
        fill(r, c);
        r.store();
        return c.withId(r.getId());
    }

    @Override
    public void update(Consultation c) {
        ProtocolConsultationRecord r = dsl().fetchSingle(PROTOCOL_CONSULTATION, PROTOCOL_CONSULTATION.ID.eq(c.id()));
        fill(r, c);
        r.store();
    }

    private static void fill(ProtocolConsultationRecord r, Consultation c) {
        r.setReviewId(c.reviewId());
        r.setContributorName(c.name());
        r.setContributorTitle(c.title());
        r.setOrganisation(c.organisation());
        r.setApprover(c.approver());
        r.setSentOn(c.sentOn());
        r.setRespondBy(c.respondBy());
        r.setRespondedOn(c.respondedOn());
        r.setResponseSummary(c.responseSummary());
    }

    private static Consultation consultation(ProtocolConsultationRecord r) {
        return new Consultation(r.getId(), r.getReviewId(), r.getContributorName(), r.getContributorTitle(),
                r.getOrganisation(), r.getApprover(), r.getSentOn(), r.getRespondBy(), r.getRespondedOn(),
                r.getResponseSummary());
    }

    // Approval route

    @Override
    public List<ApprovalStep> steps(long reviewId) {
        return dsl().selectFrom(PROTOCOL_APPROVAL_STEP).where(PROTOCOL_APPROVAL_STEP.REVIEW_ID.eq(reviewId))
                .orderBy(PROTOCOL_APPROVAL_STEP.STEP_ORDER).fetch(JooqProtocolRepository::step);
    }

    @Override
    public Optional<ApprovalStep> step(long id) {
        return dsl().selectFrom(PROTOCOL_APPROVAL_STEP).where(PROTOCOL_APPROVAL_STEP.ID.eq(id))
                .fetchOptional(JooqProtocolRepository::step);
    }

    @Override
    public ApprovalStep insert(ApprovalStep s) {
        ProtocolApprovalStepRecord r = dsl().newRecord(PROTOCOL_APPROVAL_STEP);
        fill(r, s);
        r.store();
        return s.withId(r.getId());
    }

    @Override
    public void update(ApprovalStep s) {
        ProtocolApprovalStepRecord r = dsl().fetchSingle(PROTOCOL_APPROVAL_STEP, PROTOCOL_APPROVAL_STEP.ID.eq(s.id()));
        fill(r, s);
        r.store();
    }

    private static void fill(ProtocolApprovalStepRecord r, ApprovalStep s) {
        r.setReviewId(s.reviewId());
        r.setStepOrder(s.order());
        r.setBodyName(s.body());
        r.setMeetingOn(s.meetingOn());
        r.setDecision(s.decision() == null ? null : s.decision().name());
        r.setMinuteReference(s.minuteReference());
    }

    private static ApprovalStep step(ProtocolApprovalStepRecord r) {
        return new ApprovalStep(r.getId(), r.getReviewId(), r.getStepOrder(), r.getBodyName(), r.getMeetingOn(),
                r.getDecision() == null ? null : ApprovalDecision.valueOf(r.getDecision()), r.getMinuteReference());
    }

    // Settings

    @Override
    public int reviewIntervalMonths() {
        Integer months = dsl().select(PROTOCOL_SETTING.REVIEW_INTERVAL_MONTHS).from(PROTOCOL_SETTING)
                .where(PROTOCOL_SETTING.ID.eq(1)).fetchOne(0, Integer.class);
        return months == null ? 24 : months;
    }

    @Override
    public void saveReviewIntervalMonths(int months) {
        int updated = dsl().update(PROTOCOL_SETTING).set(PROTOCOL_SETTING.REVIEW_INTERVAL_MONTHS, months)
                .where(PROTOCOL_SETTING.ID.eq(1)).execute();
        if (updated == 0) {
            dsl().insertInto(PROTOCOL_SETTING, PROTOCOL_SETTING.ID, PROTOCOL_SETTING.REVIEW_INTERVAL_MONTHS)
                    .values(1, months).execute();
        }
    }
}
