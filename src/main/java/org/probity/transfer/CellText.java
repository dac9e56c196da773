package org.probity.transfer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.probity.common.UkDates;

/**
 * How single cells are written and read: dates in any of the accepted forms, yes/no flags,
 * and the quote that keeps a spreadsheet from running a cell as a formula.
 */
final class CellText {

    private static final Pattern DATE_LIKE = Pattern.compile(
            "\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}");

    /** Five-digit day numbers: 10000 is 17 Apr 1927 and 99999 is 14 Oct 2173. */
    private static final Pattern EXCEL_SERIAL = Pattern.compile("[1-9]\\d{4}(\\.\\d+)?");
    /** Excel counts days from 30 Dec 1899 (its day 1 is 1 Jan 1900, and it believes 1900 was a leap year). */
    private static final LocalDate EXCEL_DAY_ZERO = LocalDate.of(1899, 12, 30);

    private CellText() {
    }

    /**
     * Spreadsheets run a cell starting with = + - @ (or a tab or carriage return before one) as a
     * formula; a leading quote makes them show it as text instead.
     */
    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return needsQuote(value.charAt(0)) ? "'" + value : value;
    }

    /** Undoes {@link #neutralise} and trims. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (v.length() > 1 && v.charAt(0) == '\'' && needsQuote(v.charAt(1))) {
            v = v.substring(1);
        }
        return v.strip();
    }

    private static boolean needsQuote(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Result of reading one cell: a value, or why it could not be read. */
    record Parsed<T>(T value, String problem) {
        static <T> Parsed<T> ok(T value) {
            return new Parsed<>(value, null);
        }

        static <T> Parsed<T> wrong(String problem) {
            return new Parsed<>(null, problem);
        }

        boolean failed() {
            return problem != null;
        }
    }

    static Parsed<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.ok(null);
        }
        Optional<LocalDate> date = UkDates.parse(text);
        if (date.isPresent()) {
            return Parsed.ok(date.get());
        }
        String trimmed = text.strip();
        if (EXCEL_SERIAL.matcher(trimmed).matches()) {
            // A date cell saved as a number, as Excel does in CSV when the column was not formatted as a date.
            return Parsed.ok(EXCEL_DAY_ZERO.plusDays((long) Double.parseDouble(trimmed)));
        }
        String what = DATE_LIKE.matcher(trimmed).matches() ? " is not a real date" : " is not a date";
        return Parsed.wrong(trimmed + what + " (use " + UkDates.ACCEPTED_FORMS + ")");
    }

    static Parsed<Boolean> yesNo(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "", "no", "n", "false", "0" -> Parsed.ok(false);
            case "yes", "y", "true", "1" -> Parsed.ok(true);
            default -> Parsed.wrong("'" + text.strip() + "' should be Yes or No");
        };
    }

    static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
