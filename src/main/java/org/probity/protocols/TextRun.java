package org.probity.protocols;

/**
 * A stretch of a compared paragraph's text: unchanged, deleted (shown struck through) or
 * inserted (shown in bold). Runs keep their spacing, so joining their texts in order gives
 * the old text plus the new words.
 */
public record TextRun(String text, Kind kind) {

    public enum Kind { SAME, DELETED, INSERTED }

    public static TextRun same(String text) {
        return new TextRun(text, Kind.SAME);
    }

    public static TextRun deleted(String text) {
        return new TextRun(text, Kind.DELETED);
    }

    public static TextRun inserted(String text) {
        return new TextRun(text, Kind.INSERTED);
    }
}
