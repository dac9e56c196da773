package org.probity.protocols;

import java.util.Objects;

/**
 * One paragraph or heading of a version, in the document's own numbering ({@code "1."},
 * {@code "3.4"}, {@code "8.2.2"}, {@code "4(b)"}, {@code "(a)"}, or empty for an unnumbered
 * paragraph). {@code depth} is how far it sits in the tree (1 for a section), used to indent it.
 * For a heading, {@code text} is the heading itself.
 */
public record Paragraph(String number, int depth, boolean heading, String text) {

    public Paragraph {
        number = number == null ? "" : number.strip();
        text = text == null ? "" : text.strip();
        depth = Math.max(1, depth);
    }

    public static Paragraph heading(String number, int depth, String text) {
        return new Paragraph(number, depth, true, text);
    }

    public static Paragraph body(String number, int depth, String text) {
        return new Paragraph(number, depth, false, text);
    }

    public Paragraph withText(String newText) {
        return new Paragraph(number, depth, heading, newText);
    }

    public Paragraph withNumber(String newNumber) {
        return new Paragraph(newNumber, depth, heading, text);
    }

    public Paragraph asHeading(boolean isHeading) {
        return new Paragraph(number, depth, isHeading, text);
    }

    /** The number and the text as one line, as the paragraph reads in the document. */
    public String display() {
        return number.isEmpty() ? text : number + " " + text;
    }

    /** The paragraph's number without a closing full stop, so "1." and "1" name the same paragraph. */
    public String key() {
        return keyOf(number);
    }

    public static String keyOf(String number) {
        String n = Objects.requireNonNullElse(number, "").strip();
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
