package org.probity.reports;

import java.time.LocalDateTime;

/**
 * A report in preparation: the cover, the narrative and the classification chosen, kept per
 * kind of report and period ("2026" for an annual report) until the report goes to committee.
 */
public record ReportDraft(Long id, ReportKind kind, String period, CoverDetails cover, Narrative narrative,
                          ReportOptions options, LocalDateTime savedAt) {

    public static ReportDraft fresh(ReportKind kind, String period) {
        return new ReportDraft(null, kind, period, CoverDetails.standards(), Narrative.empty(), ReportOptions.open(),
                null);
    }
}
