package org.probity.reports.ui;

/**
 * An entry of the screen's report list: the annual report, the extract of one register, or
 * the report on one protocol review.
 */
public record ReportChoice(String extractKind, Long reviewId, String label) {

    public static ReportChoice annual(String label) {
        return new ReportChoice(null, null, label);
    }

    public static ReportChoice extract(String kind, String label) {
        return new ReportChoice(kind, null, label);
    }

    public static ReportChoice review(long reviewId, String label) {
        return new ReportChoice(null, reviewId, label);
    }

    public boolean isAnnual() {
        return extractKind == null && reviewId == null;
    }

    /** The annual report and a review's report have narratives saved as drafts; extracts do not. */
    public boolean hasDraft() {
        return isAnnual() || isReview();
    }

    public boolean isReview() {
        return reviewId != null;
    }

    @Override
    public String toString() {
        return label;
    }
}
