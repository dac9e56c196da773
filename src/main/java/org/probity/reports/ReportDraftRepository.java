package org.probity.reports;

import java.util.Optional;

/** Where drafts of reports are kept. */
public interface ReportDraftRepository {

    Optional<ReportDraft> find(ReportKind kind, String period);

    /** Inserts or replaces the draft for its kind and period; returns it with its id. */
    ReportDraft save(ReportDraft draft);
}
