package org.probity.reports;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a report is published. An Open report names no complainant, subject, declarant or
 * related person and leaves out free-text summaries; an Exempt report keeps the detail and is
 * marked not for publication.
 */
public enum Classification {
    OPEN("Open"),
    EXEMPT("Exempt");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Classification> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Classification c : values()) {
            if (c.label.toLowerCase(Locale.ROOT).equals(t) || c.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
