package org.probity.calendar;

/** Whether a bank holiday was proclaimed after release, or a library one will not be held. */
public enum BankHolidayChangeKind {
    ADDED("Added"),
    CANCELLED("Cancelled");

    private final String label;

    BankHolidayChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
