package org.probity.relationships;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A declaration's reference shown to users, numbered per year: {@code REL-2026-0007}. */
public record Reference(int year, int number) implements Comparable<Reference> {

    private static final Pattern FORM = Pattern.compile("REL-(\\d{4})-(\\d{1,6})");

    public static Optional<Reference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.trim().toUpperCase(java.util.Locale.ROOT));
        return m.matches() ? Optional.of(new Reference(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return String.format("REL-%04d-%04d", year, number);
    }

    @Override
    public int compareTo(Reference other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }
}
