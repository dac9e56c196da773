package org.probity.reports.document;

import java.util.List;

/** One piece of a section's body, in reading order. */
public sealed interface Block {

    /** A paragraph; {@code number} ("3.2") is set for the report's numbered paragraphs and null otherwise. */
    record Paragraph(String number, List<Run> runs) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
        }

        public static Paragraph of(String text) {
            return new Paragraph(null, List.of(Run.plain(text)));
        }

        public String text() {
            StringBuilder out = new StringBuilder();
            runs.forEach(r -> out.append(r.text()));
            return out.toString();
        }
    }

    /** A sub-heading inside a section. */
    record Subheading(String text) implements Block {
    }

    /** A bulleted ({@code numbered} false) or numbered list; each item is a line of runs. */
    record ListBlock(boolean numbered, List<List<Run>> items) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }

        public static ListBlock bullets(List<String> lines) {
            return new ListBlock(false, lines.stream().map(l -> List.of(Run.plain(l))).toList());
        }
    }

    /**
     * A table with one header row. When {@code rowHeaders} is set the first cell of each row
     * names the row (a directorate, a year), so screen readers announce it with each figure.
     * {@code subject} says in a few words what each row is ("Directorate"), for the sentence
     * form of the table.
     */
    record Table(String caption, List<String> header, List<List<String>> rows, boolean rowHeaders)
            implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A bar chart of one series. {@code altText} describes what it shows for readers who
     * cannot see it; {@code shown} is each bar's value as printed, which may differ from the
     * count when small numbers are suppressed.
     */
    record Chart(String title, String altText, String valueName, List<Bar> bars) implements Block {
        public Chart {
            bars = List.copyOf(bars);
        }

        public record Bar(String label, double value, String shown) {
        }
    }

    /** The rest of the section starts on a new page. */
    record PageBreak() implements Block {
    }
}
