package org.probity.complaints;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a complaint is about, as the annual report counts them. */
public enum ComplaintCategory {
    DISRESPECT("Disrespect"),
    UNDUE_PRESSURE("Undue pressure on junior staff"),
    POLITICAL_NEUTRALITY("Political neutrality"),
    CONFIDENTIALITY("Confidentiality"),
    LOBBYING("Lobbying"),
    BULLYING_OR_HARASSMENT("Bullying or harassment"),
    OTHER("Other");

    private final String label;

    ComplaintCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a label or a constant name, ignoring case, as typed in a file or on the command line. */
    public static Optional<ComplaintCategory> parse(String text) {
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
