package org.probity.reports.document;

/**
 * A stretch of text with one look. Struck-through text is a deletion and bold text an
 * insertion when a report marks amendments to a protocol.
 */
public record Run(String text, boolean bold, boolean struck) {

    public Run {
        text = text == null ? "" : text;
    }

    public static Run plain(String text) {
        return new Run(text, false, false);
    }

    public static Run bold(String text) {
        return new Run(text, true, false);
    }

    public static Run struck(String text) {
        return new Run(text, false, true);
    }
}
