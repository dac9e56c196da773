package org.probity.enquiries;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An enquiry's reference shown to users, numbered per year of receipt: {@code ENQ-2026-00001}. */
public record EnquiryReference(int year, int number) implements Comparable<EnquiryReference> {

    private static final Pattern FORM = Pattern.compile("ENQ-(\\d{4})-(\\d{1,7})");

    public static Optional<EnquiryReference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.trim().toUpperCase(Locale.ROOT));
        return m.matches()
                ? Optional.of(new EnquiryReference(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return String.format("ENQ-%04d-%05d", year, number);
    }

    @Override
    public int compareTo(EnquiryReference other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }
}
