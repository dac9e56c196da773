package org.probity.protocols;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two versions paragraph by paragraph. Paragraphs are first matched by identical
 * text (so a paragraph that was only renumbered or moved is recognised), then by number with
 * similar text, then by similar text alone; what is left was added or deleted. Within a
 * matched pair the words are compared, so a reworded paragraph shows only the words that
 * changed.
 */
public final class ProtocolComparison {

    /** How alike two paragraphs' words must be to count as the same paragraph reworded. */
    static final double SAME_NUMBER_SIMILARITY = 0.3;
    static final double MOVED_SIMILARITY = 0.6;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'\u2019]+\\s*|[^\\p{L}\\p{N}\\s]\\s*");

    private ProtocolComparison() {
    }

    public static List<ParagraphChange> compare(List<Paragraph> from, List<Paragraph> to) {
        int[] matchOfNew = new int[to.size()];
        boolean[] oldTaken = new boolean[from.size()];
        java.util.Arrays.fill(matchOfNew, -1);

        // 1. identical text: prefer the same number, then the nearest position
        for (int j = 0; j < to.size(); j++) {
            int best = -1;
            for (int i = 0; i < from.size(); i++) {
                if (oldTaken[i] || !sameText(from.get(i), to.get(j))) {
                    continue;
                }
                if (best < 0 || closer(from, to.get(j), j, i, best)) {
                    best = i;
                }
            }
            if (best >= 0) {
                matchOfNew[j] = best;
                oldTaken[best] = true;
            }
        }
        // 2. same number, reworded
        for (int j = 0; j < to.size(); j++) {
            if (matchOfNew[j] >= 0 || to.get(j).key().isEmpty()) {
                continue;
            }
            for (int i = 0; i < from.size(); i++) {
                if (!oldTaken[i] && from.get(i).heading() == to.get(j).heading()
                        && from.get(i).key().equals(to.get(j).key())
                        && similarity(from.get(i).text(), to.get(j).text()) >= SAME_NUMBER_SIMILARITY) {
                    matchOfNew[j] = i;
                    oldTaken[i] = true;
                    break;
                }
            }
        }
        // 3. similar text under another number
        for (int j = 0; j < to.size(); j++) {
            if (matchOfNew[j] >= 0) {
                continue;
            }
            int best = -1;
            double bestScore = MOVED_SIMILARITY;
            for (int i = 0; i < from.size(); i++) {
                if (oldTaken[i] || from.get(i).heading() != to.get(j).heading()) {
                    continue;
                }
                double score = similarity(from.get(i).text(), to.get(j).text());
                if (score >= bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                matchOfNew[j] = best;
                oldTaken[best] = true;
            }
        }

        // Walk the new version in order, putting each deleted paragraph where it used to be.
        List<ParagraphChange> changes = new ArrayList<>();
        int nextOld = 0;
        for (int j = 0; j < to.size(); j++) {
            int i = matchOfNew[j];
            if (i >= 0) {
                while (nextOld < i) {
                    if (!oldTaken[nextOld]) {
                        changes.add(deleted(from.get(nextOld)));
                        oldTaken[nextOld] = true;
                    }
                    nextOld++;
                }
                if (nextOld == i) {
                    nextOld++;
                }
                changes.add(matched(from.get(i), to.get(j)));
            } else {
                changes.add(added(to.get(j)));
            }
        }
        for (int i = 0; i < from.size(); i++) {
            if (!oldTaken[i]) {
                changes.add(deleted(from.get(i)));
            }
        }
        return changes;
    }

    /** Whether old paragraph {@code i} is a better match for new paragraph {@code p} than {@code best}. */
    private static boolean closer(List<Paragraph> from, Paragraph p, int j, int i, int best) {
        boolean iSame = from.get(i).key().equals(p.key());
        boolean bestSame = from.get(best).key().equals(p.key());
        if (iSame != bestSame) {
            return iSame;
        }
        return Math.abs(i - j) < Math.abs(best - j);
    }

    private static ParagraphChange matched(Paragraph a, Paragraph b) {
        List<TextRun> runs = words(a.text(), b.text());
        boolean renumbered = !a.key().equals(b.key());
        boolean reworded = runs.stream().anyMatch(r -> r.kind() != TextRun.Kind.SAME);
        ParagraphChange.Kind kind = renumbered ? ParagraphChange.Kind.MOVED
                : reworded ? ParagraphChange.Kind.CHANGED : ParagraphChange.Kind.UNCHANGED;
        return new ParagraphChange(kind, a.number(), b.number(), b.heading(), runs);
    }

    private static ParagraphChange added(Paragraph p) {
        return new ParagraphChange(ParagraphChange.Kind.ADDED, "", p.number(), p.heading(),
                List.of(TextRun.inserted(p.text())));
    }

    private static ParagraphChange deleted(Paragraph p) {
        return new ParagraphChange(ParagraphChange.Kind.DELETED, p.number(), "", p.heading(),
                List.of(TextRun.deleted(p.text())));
    }

    /** Word-level changes from {@code a} to {@code b}, adjacent runs of one kind joined. */
    public static List<TextRun> words(String a, String b) {
        List<String> x = tokens(a);
        List<String> y = tokens(b);
        Patch<String> patch = DiffUtils.diff(x, y, (p, q) -> p.strip().equals(q.strip()));
        List<TextRun> runs = new ArrayList<>();
        // unchanged words are shown with the new version's spacing
        int pos = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getTarget().getPosition();
            add(runs, TextRun.Kind.SAME, String.join("", y.subList(pos, start)));
            String deleted = String.join("", delta.getSource().getLines());
            String inserted = String.join("", delta.getTarget().getLines());
            // the space after a changed stretch belongs to the text around it, not to the change
            String space = trailingSpace(inserted.isEmpty() ? deleted : inserted);
            add(runs, TextRun.Kind.DELETED, deleted.stripTrailing());
            add(runs, TextRun.Kind.INSERTED, inserted.stripTrailing());
            if (!deleted.isEmpty() && !inserted.isEmpty()) {
                // keep a space between the struck-out and the new words so they do not run together
                runs.add(runs.size() - 1, TextRun.same(" "));
            }
            add(runs, TextRun.Kind.SAME, space);
            pos = start + delta.getTarget().size();
        }
        add(runs, TextRun.Kind.SAME, String.join("", y.subList(pos, y.size())));
        return runs;
    }

    private static String trailingSpace(String s) {
        return s.substring(s.stripTrailing().length());
    }

    private static void add(List<TextRun> runs, TextRun.Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty() && runs.get(runs.size() - 1).kind() == kind) {
            TextRun last = runs.remove(runs.size() - 1);
            text = last.text() + text;
        }
        runs.add(new TextRun(text, kind));
    }

    /** Each word, and each punctuation mark, with the spacing after it, so the runs put back together give the text as written. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text.strip());
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Share of words two texts have in common, from 0 (none) to 1 (the same words). */
    public static double similarity(String a, String b) {
        List<String> x = normalisedWords(a);
        List<String> y = normalisedWords(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Patch<String> patch = DiffUtils.diff(x, y);
        int changedOld = patch.getDeltas().stream().mapToInt(d -> d.getSource().size()).sum();
        int common = x.size() - changedOld;
        return 2.0 * common / (x.size() + y.size());
    }

    private static boolean sameText(Paragraph a, Paragraph b) {
        return a.heading() == b.heading() && normalisedWords(a.text()).equals(normalisedWords(b.text()));
    }

    private static List<String> normalisedWords(String text) {
        List<String> words = new ArrayList<>();
        for (String w : (text == null ? "" : text).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }
}
