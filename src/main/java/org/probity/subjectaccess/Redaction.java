package org.probity.subjectaccess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces third parties' names with {@link #MARK}. A name is matched whole and whatever its case,
 * so "Ann Lee" is not taken out of "Joann Leeds"; longer names are tried first so that "Mary Ann
 * Lee" is not left as "Mary [redacted]".
 */
public final class Redaction {

    public static final String MARK = "[redacted: third party]";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    private final Set<String> names;
    private final Pattern pattern;

    private Redaction(Collection<String> names) {
        this.names = new LinkedHashSet<>(names);
        List<String> longestFirst = new ArrayList<>(this.names);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        String alternatives = String.join("|", longestFirst.stream().map(Pattern::quote).toList());
        this.pattern = longestFirst.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Takes out each of {@code names}. */
    public static Redaction of(Collection<String> names) {
        return new Redaction(names.stream().map(String::strip).filter(n -> !n.isEmpty()).toList());
    }

    /** Takes out nothing: every name is disclosed. */
    public static Redaction none() {
        return new Redaction(List.of());
    }

    public Set<String> names() {
        return Set.copyOf(names);
    }

    public String apply(String text) {
        return apply(text, MARK);
    }

    /** As {@link #apply(String)} with another mark, for file names, which cannot hold the usual one. */
    public String apply(String text, String mark) {
        if (pattern == null || text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(mark));
    }

    public Map<String, String> apply(Map<String, String> values) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> out.put(apply(k), apply(v)));
        return out;
    }

    /**
     * Which of {@code candidates} occur whole in {@code texts}. Candidates are looked up by their
     * last word first, so that thousands of officers' names cost one pass over the text.
     */
    public static List<String> found(Collection<String> candidates, Collection<String> texts) {
        Map<String, List<String>> byLastWord = new HashMap<>();
        for (String candidate : new LinkedHashSet<>(candidates)) {
            List<String> words = words(candidate);
            if (!words.isEmpty()) {
                byLastWord.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(candidate.strip());
            }
        }
        Set<String> words = new java.util.HashSet<>();
        for (String text : texts) {
            words.addAll(words(text));
        }
        Set<String> found = new LinkedHashSet<>();
        for (String word : words) {
            for (String candidate : byLastWord.getOrDefault(word, List.of())) {
                if (!found.contains(candidate) && words.containsAll(words(candidate))
                        && texts.stream().anyMatch(t -> Redaction.of(List.of(candidate)).matches(t))) {
                    found.add(candidate);
                }
            }
        }
        return found.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private boolean matches(String text) {
        return pattern != null && text != null && pattern.matcher(text).find();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.UK));
        }
        return words;
    }
}
