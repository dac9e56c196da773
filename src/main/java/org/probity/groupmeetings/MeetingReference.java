package org.probity.groupmeetings;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A group meeting's reference shown to users, numbered per year of the request: {@code GRP-2026-0001}. */
public record MeetingReference(int year, int number) implements Comparable<MeetingReference> {

    private static final Pattern FORM = Pattern.compile("GRP-(\\d{4})-(\\d{1,6})");

    public static Optional<MeetingReference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.trim().toUpperCase(Locale.ROOT));
        return m.matches()
                ? Optional.of(new MeetingReference(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return String.format("GRP-%04d-%04d", year, number);
    }

    @Override
    public int compareTo(MeetingReference other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }
}
