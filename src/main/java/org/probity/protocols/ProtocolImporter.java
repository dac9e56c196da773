package org.probity.protocols;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.probity.common.ValidationException;

/**
 * Splits a protocol document into numbered paragraphs and headings. Reads plain text,
 * Markdown and Word (.docx). Paragraph numbers are kept as the document writes them; a line
 * that carries on the sentence of the paragraph before it (a page break in a converted PDF, a
 * wrapped line) is joined to that paragraph rather than becoming a paragraph of its own.
 */
public final class ProtocolImporter {

    /** "1.", "3.4", "8.2.2", "1.1.", "4(b)", "8.2(a)", "(a)", "a)", "(iv)", "(1)", "1)". */
    private static final Pattern NUMBER = Pattern.compile(
            "^((?:\\d{1,3}(?:\\.\\d{1,3})+\\.?|\\d{1,3}\\.)(?:\\([a-z0-9]{1,4}\\))?|\\d{1,3}\\([a-z]{1,4}\\)"
                    + "|\\((?:[a-z]|[ivx]{1,5}|\\d{1,2})\\)|(?:[a-z]|[ivx]{1,5}|\\d{1,2})\\))(?:\\s+(.*))?$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-*+\u2022]\\s+");
    private static final Pattern RULE = Pattern.compile("^[-_=*]{3,}$");
    private static final Pattern STRUCK = Pattern.compile("~~.*?~~");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in",
            "of", "on", "or", "the", "to", "with", "its", "their");

    /** Reads a file by its extension: .docx as Word, anything else as text or Markdown. */
    public ImportedDocument read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
                try (InputStream in = Files.newInputStream(file)) {
                    return readDocx(name, in);
                }
            }
            if (name.toLowerCase(Locale.ROOT).endsWith(".doc")) {
                throw new ValidationException("file", name + " is an old Word document (.doc). Save it as .docx "
                        + "or plain text in Word and import that.");
            }
            return readText(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ValidationException("file", "Could not read " + name + ": " + e.getMessage());
        }
    }

    public ImportedDocument readDocx(String name, InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        boolean anyHeading = false;
        try (XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                String line = p.getText().replace('\n', ' ').strip();
                if (line.isEmpty()) {
                    continue;
                }
                int level = headingLevel(doc, p);
                if (level > 0) {
                    anyHeading = true;
                    text.append("#".repeat(level)).append(' ');
                }
                text.append(line).append("\n\n");
            }
        } catch (IllegalArgumentException e) {
            throw new ValidationException("file", name + " is not a Word (.docx) document.");
        }
        return parse(name, text.toString(), anyHeading);
    }

    private static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyle();
        if (id == null) {
            return 0;
        }
        String styleName = id;
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        if (style != null && style.getName() != null) {
            styleName = style.getName();
        }
        String s = styleName.toLowerCase(Locale.ROOT).replace(" ", "");
        if (s.equals("title")) {
            return 1;
        }
        if (s.startsWith("heading")) {
            String digits = s.substring("heading".length());
            try {
                return Math.min(6, Math.max(1, Integer.parseInt(digits)));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
        return 0;
    }

    public ImportedDocument readText(String name, String text) {
        boolean markdown = text.lines().anyMatch(l -> MARKDOWN_HEADING.matcher(l.strip()).matches());
        return parse(name, text, markdown);
    }

    private ImportedDocument parse(String name, String text, boolean markdown) {
        List<Line> lines = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        boolean afterBlank = true;
        for (String raw : text.split("\\R")) {
            String stripped = raw.strip();
            if (stripped.isEmpty()) {
                afterBlank = true;
                continue;
            }
            if (RULE.matcher(stripped).matches()) {
                ignored.add(stripped);
                continue;
            }
            lines.add(Line.of(stripped, raw, afterBlank));
            afterBlank = false;
        }
        Set<String> runningHeaders = runningHeaders(lines);
        Set<String> seenHeaders = new HashSet<>();

        List<Paragraph> out = new ArrayList<>();
        int sectionDepth = 1;
        for (Line line : lines) {
            if (line.text.isEmpty()) {
                ignored.add(line.original);
                continue;
            }
            String key = line.text.toLowerCase(Locale.ROOT);
            if (runningHeaders.contains(key) && !seenHeaders.add(key)) {
                ignored.add(line.original);
                continue;
            }
            Matcher m = NUMBER.matcher(line.text);
            String number = "";
            String rest = line.text;
            if (m.matches()) {
                number = m.group(1);
                rest = m.group(2) == null ? "" : m.group(2).strip();
            }
            boolean heading = line.markdownHeading || isAllCaps(rest)
                    || (!markdown && looksLikeTitle(rest, number));
            if (!number.isEmpty() && !heading && rest.isEmpty() && line.markdownHeading) {
                heading = true;
            }
            Paragraph previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (number.isEmpty() && !heading && previous != null && !previous.heading()
                    && (continues(previous.text(), rest, line.bulleted)
                    || !markdown && !line.afterBlank && !line.bulleted)) {
                out.set(out.size() - 1, previous.withText(previous.text() + " " + rest));
                continue;
            }
            int depth;
            if (isDotted(number)) {
                depth = dottedDepth(number);
                sectionDepth = depth;
            } else if (!number.isEmpty()) {
                depth = sectionDepth + 1;
            } else if (heading) {
                depth = Math.max(1, sectionDepth);
            } else {
                depth = line.bulleted ? sectionDepth + 1 : sectionDepth;
            }
            out.add(new Paragraph(number, depth, heading, rest));
        }
        if (out.isEmpty()) {
            throw new ValidationException("file", name + " has no paragraphs to import. Check that it is the "
                    + "protocol's text, as plain text, Markdown or a Word (.docx) document.");
        }
        return new ImportedDocument(name, out, ignored);
    }

    /**
     * Headings repeated on three or more pages are the page header of a converted document:
     * the first is kept (it is usually the title) and the rest left out.
     */
    private static Set<String> runningHeaders(List<Line> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (Line l : lines) {
            if (l.markdownHeading || isAllCaps(l.text)) {
                counts.merge(l.text.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        Set<String> headers = new HashSet<>();
        counts.forEach((k, n) -> {
            if (n >= 3) {
                headers.add(k);
            }
        });
        return headers;
    }

    /**
     * A line carries on the paragraph before it when that paragraph stopped mid-sentence, or
     * when it starts in lower case and is not an item of a list the paragraph introduced.
     */
    private static boolean continues(String previous, String line, boolean bulleted) {
        if (previous.isEmpty()) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        boolean previousEnded = ".;:!?".indexOf(last) >= 0;
        if (!previousEnded) {
            return true;
        }
        boolean lower = !line.isEmpty() && Character.isLowerCase(line.charAt(0));
        return lower && !bulleted && last != ':' && last != ';';
    }

    private static boolean isDotted(String number) {
        return !number.isEmpty() && Character.isDigit(number.charAt(0));
    }

    private static int dottedDepth(String number) {
        String core = number.replaceAll("\\(.*\\)$", "");
        core = core.endsWith(".") ? core.substring(0, core.length() - 1) : core;
        int depth = core.split("\\.").length;
        return number.contains("(") ? depth + 1 : depth;
    }

    private static boolean isAllCaps(String text) {
        int letters = 0;
        for (char c : text.toCharArray()) {
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 4;
    }

    /** A short line in title case without a closing full stop: a heading in plain text. */
    private static boolean looksLikeTitle(String text, String number) {
        if (text.isEmpty() || text.length() > 80) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (".;,:!?".indexOf(last) >= 0 && !(last == ':' && !number.isEmpty())) {
            return false;
        }
        String[] words = text.split("\\s+");
        if (words.length > 10 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        for (String w : words) {
            String bare = w.replaceAll("^[^\\p{L}]+", "");
            if (bare.isEmpty() || SMALL_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(bare.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** {@code afterBlank}: a blank line came before it, which in plain text starts a new paragraph. */
    private record Line(String text, String original, boolean markdownHeading, boolean bulleted,
                        boolean afterBlank) {

        static Line of(String stripped, String original, boolean afterBlank) {
            String t = STRUCK.matcher(stripped).replaceAll("");
            boolean heading = false;
            Matcher h = MARKDOWN_HEADING.matcher(t);
            if (h.matches()) {
                heading = true;
                t = h.group(2);
            }
            boolean bulleted = false;
            Matcher b = BULLET.matcher(t);
            if (b.find()) {
                bulleted = true;
                t = t.substring(b.end());
            }
            t = t.replaceAll("</?(?:b|i|strong|em)>", "").replace("*", "").replace("__", "")
                    .replaceAll("\\s+", " ").strip();
            return new Line(t, original.strip(), heading, bulleted, afterBlank);
        }
    }
}
