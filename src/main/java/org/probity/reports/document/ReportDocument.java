package org.probity.reports.document;

import java.util.List;

/**
 * A whole report ready to render. {@code marking} is printed at the head of every page beside
 * the title ("Open" or "Exempt — not for publication"); {@code accessible} documents hold no
 * tables and no charts.
 */
public record ReportDocument(String title, String authority, String marking, boolean notForPublication,
                             Cover cover, List<ReportSection> sections, Author author, boolean accessible) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }

    /** Every block of every section, in order. */
    public List<Block> allBlocks() {
        return sections.stream().flatMap(s -> s.blocks().stream()).toList();
    }
}
