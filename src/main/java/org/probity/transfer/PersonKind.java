package org.probity.transfer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which list of people a file holds. */
public enum PersonKind {
    MEMBERS("member", "members", "Members"),
    OFFICERS("officer", "officers", "Officers");

    private final String singular;
    private final String plural;
    private final String sheetName;

    PersonKind(String singular, String plural, String sheetName) {
        this.singular = singular;
        this.plural = plural;
        this.sheetName = sheetName;
    }

    /** "1 officer", "812 officers". */
    public String count(int n) {
        return n + " " + (n == 1 ? singular : plural);
    }

    public String plural() {
        return plural;
    }

    /** The worksheet an export writes and an import looks for first. */
    public String sheetName() {
        return sheetName;
    }

    public static Optional<PersonKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.plural.equals(wanted) || k.singular.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return sheetName;
    }
}
