package org.probity.reports.document;

import java.util.List;

/**
 * A numbered section of a report ("4. Declared relationships"); an appendix is lettered
 * instead and starts on a new page.
 */
public record ReportSection(String number, String title, List<Block> blocks, boolean appendix) {

    public ReportSection {
        blocks = List.copyOf(blocks);
    }

    /** A numbered section of the report's body. */
    public ReportSection(String number, String title, List<? extends Block> blocks) {
        this(number, title, List.copyOf(blocks), false);
    }

    public String heading() {
        return appendix ? "Appendix " + number + ": " + title : number + ". " + title;
    }

    /** An identifier for links and bookmarks, unique within the report. */
    public String anchor() {
        return (appendix ? "appendix-" : "section-") + number.replaceAll("[^A-Za-z0-9]", "-");
    }
}
