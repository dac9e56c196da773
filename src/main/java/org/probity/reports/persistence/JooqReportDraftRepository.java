package org.probity.reports.persistence;

import static org.probity.storage.schema.Tables.REPORT_DRAFT;

import java.util.Optional;
import org.jooq.DSLContext;
import org.probity.reports.Classification;
import org.probity.reports.CoverDetails;
import org.probity.reports.ExemptionParagraph;
import org.probity.reports.Narrative;
import org.probity.reports.ReportDraft;
import org.probity.reports.ReportDraftRepository;
import org.probity.reports.ReportKind;
import org.probity.reports.ReportOptions;
import org.probity.storage.JooqSession;
import org.probity.storage.schema.tables.records.ReportDraftRecord;

/** One row per kind of report and period. */
public final class JooqReportDraftRepository implements ReportDraftRepository {

    private final JooqSession session;

    public JooqReportDraftRepository(JooqSession session) {
        this.session = session;
    }

    private DSLContext dsl() {
        return session.dsl();
    }

    @Override
    public Optional<ReportDraft> find(ReportKind kind, String period) {
        return dsl().selectFrom(REPORT_DRAFT)
                .where(REPORT_DRAFT.REPORT_KIND.eq(kind.name()), REPORT_DRAFT.PERIOD.eq(period))
                .fetchOptional(JooqReportDraftRepository::toDraft);
    }

    @Override
    public ReportDraft save(ReportDraft d) {
        ReportDraftRecord r = dsl().selectFrom(REPORT_DRAFT)
                .where(REPORT_DRAFT.REPORT_KIND.eq(d.kind().name()), REPORT_DRAFT.PERIOD.eq(d.period()))
                .fetchOptional().orElseGet(() -> dsl().newRecord(REPORT_DRAFT));
        r.setReportKind(d.kind().name());
        r.setPeriod(d.period());
        CoverDetails c = d.cover();
        r.setCommittee(c.committee());
        r.setMeetingDate(c.meetingDate());
        r.setReportOf(c.reportOf());
        r.setAuthorName(c.authorName());
        r.setAuthorRole(c.authorRole());
        r.setAuthorContact(c.authorContact());
        r.setWards(c.wards());
        r.setKeyDecision(c.keyDecision());
        r.setClassification(d.options().classification().name());
        r.setExemptionParagraph(d.options().exemption() == null ? null : d.options().exemption().number());
        r.setSuppressBelow(d.options().suppressBelow());
        Narrative n = d.narrative();
        r.setPurpose(n.purpose());
        r.setRecommendations(n.recommendations());
        r.setBackground(n.background());
        r.setFinanceComments(n.financeComments());
        r.setLegalComments(n.legalComments());
        r.setBackgroundPapers(n.backgroundPapers());
        r.setSavedAt(d.savedAt());
        r.store();
        return toDraft(r);
    }

    private static ReportDraft toDraft(ReportDraftRecord r) {
        Classification classification = Classification.valueOf(r.getClassification());
        ExemptionParagraph exemption = r.getExemptionParagraph() == null ? null
                : ExemptionParagraph.of(r.getExemptionParagraph()).orElse(null);
        return new ReportDraft(r.getId(), ReportKind.valueOf(r.getReportKind()), r.getPeriod(),
                new CoverDetails(r.getCommittee(), r.getMeetingDate(), r.getReportOf(), r.getAuthorName(),
                        r.getAuthorRole(), r.getAuthorContact(), r.getWards(), Boolean.TRUE.equals(r.getKeyDecision())),
                new Narrative(r.getPurpose(), r.getRecommendations(), r.getBackground(), r.getFinanceComments(),
                        r.getLegalComments(), r.getBackgroundPapers()),
                new ReportOptions(classification, classification == Classification.EXEMPT ? exemption : null, false,
                        r.getSuppressBelow() == null ? 0 : r.getSuppressBelow()),
                r.getSavedAt());
    }
}
