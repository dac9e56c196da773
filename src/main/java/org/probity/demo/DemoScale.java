package org.probity.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How much demo data to make. Small is a district-sized council as it stands today; large is
 * a big authority with about ten years of history (elections, leavers, group changes).
 */
public enum DemoScale {
    SMALL("small"),
    LARGE("large");

    private final String label;

    DemoScale(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DemoScale> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.label.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
