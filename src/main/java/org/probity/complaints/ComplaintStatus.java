package org.probity.complaints;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a complaint is still being dealt with. */
public enum ComplaintStatus {
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a label or a constant name, ignoring case, as typed in a file or on the command line. */
    public static Optional<ComplaintStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.label.toLowerCase(Locale.ROOT).equals(wanted)
                || v.name().toLowerCase(Locale.ROOT).equals(wanted.replace(' ', '_').replace('-', '_')))
                .findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
