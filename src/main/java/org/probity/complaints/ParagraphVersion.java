package org.probity.complaints;

import java.util.List;
import java.util.Optional;

/**
 * A protocol version's numbered paragraphs as a complaint sees them: {@code label} reads like
 * "Version 2 of the Member/Officer Relations Protocol (adopted 5 Dec 2017)".
 */
public record ParagraphVersion(long versionId, String label, List<ParagraphChoice> paragraphs) {

    public ParagraphVersion {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The paragraph numbered {@code number}, "8.2." and "8.2" naming the same one. */
    public Optional<ParagraphChoice> find(String number) {
        String key = ParagraphChoice.keyOf(number);
        return paragraphs.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /**
     * One numbered paragraph: {@code number} as the document writes it, {@code key} without a
     * closing full stop, and the first words of its text to recognise it by.
     */
    public record ParagraphChoice(String number, String firstWords) {

        private static final int WORDS = 8;

        public static ParagraphChoice of(String number, String text) {
            String[] words = text == null ? new String[0] : text.strip().split("\\s+");
            String first = String.join(" ", java.util.Arrays.copyOf(words, Math.min(WORDS, words.length)));
            return new ParagraphChoice(number, words.length > WORDS ? first + "…" : first);
        }

        public String key() {
            return keyOf(number);
        }

        public static String keyOf(String number) {
            String n = number == null ? "" : number.strip();
            return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
        }

        /** "8.2 Officers should not be asked…", as the picker lists it. */
        public String display() {
            return firstWords.isEmpty() ? number : number + " " + firstWords;
        }

        @Override
        public String toString() {
            return display();
        }
    }
}
