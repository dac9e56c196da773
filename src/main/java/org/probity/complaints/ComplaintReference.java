package org.probity.complaints;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A complaint's reference shown to users, numbered per year of receipt: {@code CMP-2026-0001}. */
public record ComplaintReference(int year, int number) implements Comparable<ComplaintReference> {

    private static final Pattern FORM = Pattern.compile("CMP-(\\d{4})-(\\d{1,6})");

    public static Optional<ComplaintReference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.trim().toUpperCase(Locale.ROOT));
        return m.matches()
                ? Optional.of(new ComplaintReference(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return String.format("CMP-%04d-%04d", year, number);
    }

    @Override
    public int compareTo(ComplaintReference other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }
}
