package org.probity.retention;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What happens to a record when its retention period is over. */
public enum DisposalAction {
    /**
     * The people in the record, and everything written about them, are removed; the dates,
     * categories and outcomes stay, so the figures for past years do not change.
     */
    ANONYMISE("Anonymise"),
    /** The record, its details and its attachments are deleted. */
    DELETE("Delete");

    private final String label;

    DisposalAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DisposalAction> parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.name().equals(t)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
