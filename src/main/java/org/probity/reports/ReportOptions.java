package org.probity.reports;

/**
 * How a report is made: Open or Exempt (with the Schedule 12A paragraph relied on), whether
 * it is the accessible version without tables or charts, and, for Open reports, the count
 * below which a figure is given as "fewer than N" (0 to print every count).
 */
public record ReportOptions(Classification classification, ExemptionParagraph exemption, boolean accessible,
                            int suppressBelow) {

    public ReportOptions {
        if (classification == null) {
            classification = Classification.OPEN;
        }
        if (classification == Classification.EXEMPT && exemption == null) {
            exemption = ExemptionParagraph.INDIVIDUAL;
        }
        suppressBelow = Math.max(0, suppressBelow);
    }

    public static ReportOptions open() {
        return new ReportOptions(Classification.OPEN, null, false, 0);
    }

    public static ReportOptions exempt() {
        return new ReportOptions(Classification.EXEMPT, ExemptionParagraph.INDIVIDUAL, false, 0);
    }

    public ReportOptions accessibleVersion() {
        return new ReportOptions(classification, exemption, true, suppressBelow);
    }

    public boolean isOpen() {
        return classification == Classification.OPEN;
    }
}
