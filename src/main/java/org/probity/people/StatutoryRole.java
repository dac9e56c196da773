package org.probity.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three statutory officers every principal authority must designate. */
public enum StatutoryRole {
    HEAD_OF_PAID_SERVICE("Head of Paid Service"),
    MONITORING_OFFICER("Monitoring Officer"),
    CHIEF_FINANCE_OFFICER("Chief Finance Officer");

    private final String label;

    StatutoryRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<StatutoryRole> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.label.toLowerCase(Locale.ROOT).equals(wanted)
                || r.name().toLowerCase(Locale.ROOT).equals(wanted.replace(' ', '_'))).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
