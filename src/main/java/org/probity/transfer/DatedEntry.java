package org.probity.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of a cell that holds several: a name, optionally a service area in square brackets,
 * and optionally the dates it ran. Entries are separated by semicolons, for example
 * {@code Cabinet Member for Housing [Housing] 2023-05-20 to 2026-05-07; Chair of Licensing}.
 * Open-ended entries are written {@code Labour from 2019-05-02} or {@code Green until 2023-05-04}.
 * Any accepted date form may be used; exports write ISO dates.
 */
record DatedEntry(String name, String area, LocalDate from, LocalDate to) {

    /** What the column heading's note says, for people preparing files by hand. */
    static final String FORMAT = "Name [Service area] 2023-05-20 to 2026-05-07; Another name from 2024-01-01";

    private static final String DATE = "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2} \\p{L}{3,9} \\d{4}";
    private static final Pattern ENTRY = Pattern.compile("^(?<name>.+?)(?:\\s*\\[(?<area>[^\\]]*)\\])?"
            + "(?:\\s+(?:(?<from>" + DATE + ")\\s+to\\s+(?<to>" + DATE + ")|from\\s+(?<since>" + DATE + ")"
            + "|(?:until|to)\\s+(?<until>" + DATE + ")))?\\s*$", Pattern.CASE_INSENSITIVE);

    /** An entry as read, before its dates are checked. */
    record Text(String name, String area, String from, String to) {
    }

    static List<Text> parse(String cell) {
        List<Text> entries = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return entries;
        }
        for (String part : cell.split("[;\\n]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Matcher m = ENTRY.matcher(p);
            if (!m.matches()) {
                entries.add(new Text(p, null, null, null));
                continue;
            }
            String from = m.group("from") != null ? m.group("from") : m.group("since");
            String to = m.group("to") != null ? m.group("to") : m.group("until");
            String area = m.group("area") == null || m.group("area").isBlank() ? null : m.group("area").strip();
            entries.add(new Text(m.group("name").strip(), area, from, to));
        }
        return entries;
    }

    String format() {
        StringBuilder text = new StringBuilder(name);
        if (area != null && !area.isBlank()) {
            text.append(" [").append(area).append(']');
        }
        if (from != null && to != null) {
            text.append(' ').append(from).append(" to ").append(to);
        } else if (from != null) {
            text.append(" from ").append(from);
        } else if (to != null) {
            text.append(" until ").append(to);
        }
        return text.toString();
    }

    static String format(List<DatedEntry> entries) {
        return String.join("; ", entries.stream().map(DatedEntry::format).toList());
    }
}
