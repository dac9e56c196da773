package org.probity.reports.ui;

/** An entry of the screen's report list: the annual report, or the extract of one register. */
public record ReportChoice(String extractKind, String label) {

    public boolean isAnnual() {
        return extractKind == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
