package org.probity.enquiries.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Finds the person a clerk means from a few typed letters: the one whose name is the text, or
 * else the only one whose name contains it, so "smi" is enough for Cllr Jane Smith. The hint
 * says what was found, or why nothing was.
 */
final class TypeAhead<T> {

    record Match<T>(T found, String hint) {
    }

    private static final int NAMES_IN_HINT = 4;

    private final Function<T, String> name;

    TypeAhead(Function<T, String> name) {
        this.name = name;
    }

    Match<T> find(String text, List<T> candidates, String what) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.UK);
        if (wanted.isEmpty()) {
            return new Match<>(null, "");
        }
        List<T> exact = candidates.stream().filter(c -> name.apply(c).toLowerCase(Locale.UK).equals(wanted))
                .toList();
        if (exact.size() == 1) {
            return new Match<>(exact.get(0), "✓ " + name.apply(exact.get(0)));
        }
        List<T> containing = candidates.stream()
                .filter(c -> name.apply(c).toLowerCase(Locale.UK).contains(wanted)).toList();
        if (containing.size() == 1) {
            return new Match<>(containing.get(0), "✓ " + name.apply(containing.get(0)));
        }
        if (containing.isEmpty()) {
            return new Match<>(null, "No " + what + " called \"" + text.trim() + "\".");
        }
        String names = String.join(", ", containing.stream().limit(NAMES_IN_HINT).map(name).toList());
        return new Match<>(null, containing.size() + " match: " + names
                + (containing.size() > NAMES_IN_HINT ? "…" : "") + " — type more.");
    }
}
