package org.probity.protocols;

import java.util.List;

/**
 * One paragraph in a comparison of two versions. {@code oldNumber} is empty for an added
 * paragraph and {@code newNumber} for a deleted one. A MOVED paragraph was renumbered or
 * moved (its runs still show any words that changed); CHANGED kept its number but its words
 * changed. The runs are the paragraph's text word by word: committee papers show DELETED runs
 * struck through and INSERTED runs in bold.
 */
public record ParagraphChange(Kind kind, String oldNumber, String newNumber, boolean heading, List<TextRun> runs) {

    public enum Kind {
        ADDED("Added"),
        DELETED("Deleted"),
        CHANGED("Changed"),
        MOVED("Moved or renumbered"),
        UNCHANGED("Unchanged");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ParagraphChange {
        oldNumber = oldNumber == null ? "" : oldNumber;
        newNumber = newNumber == null ? "" : newNumber;
        runs = List.copyOf(runs);
    }

    /** True when any words were deleted or inserted. */
    public boolean hasWordChanges() {
        return runs.stream().anyMatch(r -> r.kind() != TextRun.Kind.SAME);
    }

    /** The number to show: the new number, or the old one for a deleted paragraph. */
    public String number() {
        return newNumber.isEmpty() ? oldNumber : newNumber;
    }
}
