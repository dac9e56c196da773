package org.probity.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a member came to sit on the authority. */
public enum MemberKind {
    ELECTED("Elected"),
    CO_OPTED("Co-opted"),
    INDEPENDENT("Independent");

    private final String label;

    MemberKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<MemberKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(k -> k.label.toLowerCase(Locale.ROOT).equals(wanted)
                        || k.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(wanted)
                        || k.label.toLowerCase(Locale.ROOT).replace("-", "").equals(wanted.replace("-", "")))
                .findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
