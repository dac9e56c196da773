package org.probity.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** UK dates on screen ("23 Nov 2026") and ISO dates in files ("2026-11-23"). */
public final class UkDates {

    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    public static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    public static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT));

    private UkDates() {
    }

    public static String display(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }

    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Reads a date as users type it: 2026-11-23, 23/11/2026, 23 Nov 2026 or 23 November 2026. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        for (DateTimeFormatter format : ACCEPTED) {
            try {
                return Optional.of(LocalDate.parse(trimmed, format));
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        return Optional.empty();
    }

    public static final String ACCEPTED_FORMS = "23/11/2026, 23 Nov 2026 or 2026-11-23";
}
