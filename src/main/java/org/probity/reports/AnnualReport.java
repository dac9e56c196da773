package org.probity.reports;

import java.util.ArrayList;
import java.util.List;
import org.probity.common.UkDates;
import org.probity.reports.document.Author;
import org.probity.reports.document.Block;
import org.probity.reports.document.Cover;
import org.probity.reports.document.ReportDocument;
import org.probity.reports.document.ReportSection;
import org.probity.reports.document.Run;

/**
 * The annual report on the operation of the Member/Officer Protocol: the cover, the
 * Monitoring Officer's purpose, recommendations and background, one section per register,
 * the finance and legal comments and the background papers, laid out as the committee's
 * reports are.
 */
public final class AnnualReport {

    /** Earlier years the trend charts show with the report's year. */
    public static final int TREND_YEARS = 5;

    private AnnualReport() {
    }

    public static String title(int year) {
        return "Annual report on the operation of the Member/Officer Protocol " + year;
    }

    /** The narrative a new draft starts from, for the Monitoring Officer to edit. */
    public static Narrative defaultNarrative(int year) {
        return new Narrative(
                "To report to the committee on the operation of the Member/Officer Protocol in " + year + ": "
                        + "the relationships declared between members and officers, officers' attendance at "
                        + "political group meetings, the handling of members' enquiries and of complaints between members and "
                        + "officers, and the review of the protocol.",
                "That the committee notes the report.\n\nThat the committee comments on any matter it wishes the "
                        + "Monitoring Officer to look at in the coming year.",
                "The Member/Officer Protocol forms part of the Council's Constitution. It sets out how members and "
                        + "officers work together and asks the Monitoring Officer to report each year on how it "
                        + "has operated.\n\nThe figures in this report are taken from the Monitoring Officer's "
                        + "registers on the day the report was prepared, for the year from 1 January to "
                        + "31 December " + year + ".",
                "There are no financial implications arising from this report.",
                "The Monitoring Officer has a duty to maintain the registers reported on here. There are no other "
                        + "legal implications arising from this report.",
                "The registers of declared relationships, group meetings, members' enquiries and complaints kept by "
                        + "the Monitoring Officer, and the reviews of the protocol.");
    }

    /** A register's section of the report, as it made it for the year. */
    public record Part(AnnualReportContribution register, AnnualReportContribution.Section section) {
    }

    public static ReportDocument build(String authority, int year, CoverDetails cover, Narrative narrative,
                                       ReportOptions options, List<Part> parts) {
        List<ReportSection> sections = new ArrayList<>();
        int n = 1;
        sections.add(narrativeSection(n++, "Purpose of the report", narrative.purpose()));
        ReportSection recommendations = narrativeSection(n++, "Recommendations", narrative.recommendations());
        sections.add(recommendations);
        sections.add(narrativeSection(n++, "Background", narrative.background()));
        for (Part p : parts) {
            sections.add(numbered(Integer.toString(n++), p.register().title(), p.section().body()));
        }
        sections.addAll(closingSections(n, narrative));
        char letter = 'A';
        for (Part p : parts) {
            List<Block> appendix = p.section().appendix();
            if (!appendix.isEmpty()) {
                sections.add(new ReportSection(Character.toString(letter++), p.register().appendixTitle(), appendix,
                        true));
            }
        }
        return new ReportDocument(title(year), authority, marking(options), !options.isOpen(),
                cover(title(year), cover, options), sections, author(cover), false);
    }

    static String marking(ReportOptions options) {
        return options.isOpen() ? "Open" : "Exempt \u2014 not for publication";
    }

    static Cover cover(String title, CoverDetails c, ReportOptions options) {
        List<Cover.Item> items = new ArrayList<>();
        items.add(new Cover.Item("Committee", blankAs(c.committee(), "Standards Committee")));
        items.add(new Cover.Item("Date of meeting", c.meetingDate() == null ? "To be confirmed"
                : UkDates.display(c.meetingDate())));
        items.add(new Cover.Item("Title", title));
        items.add(new Cover.Item("Report of", blankAs(c.reportOf(), "Monitoring Officer")));
        items.add(new Cover.Item("Classification", options.isOpen() ? "Open"
                : "Exempt: not for publication by virtue of " + options.exemption().citation()));
        items.add(new Cover.Item("Wards affected", blankAs(c.wards(), "All wards")));
        items.add(new Cover.Item("Key decision", c.keyDecision() ? "Yes" : "No"));
        return new Cover(items);
    }

    static Author author(CoverDetails c) {
        if (c.authorName() == null || c.authorName().isBlank()) {
            return null;
        }
        return new Author(c.authorName().strip(), blankAs(c.authorRole(), ""), blankAs(c.authorContact(), ""));
    }

    static ReportSection narrativeSection(int number, String title, String text) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs(text)) {
            blocks.add(new Block.Paragraph(ReportYear.NUMBERED, List.of(Run.plain(p))));
        }
        if (blocks.isEmpty()) {
            blocks.add(new Block.Paragraph(ReportYear.NUMBERED, List.of(Run.plain("None."))));
        }
        return numbered(Integer.toString(number), title, blocks);
    }

    /**
     * The sections every committee report ends with, numbered from {@code first}: the finance and legal
     * comments and the background papers, as the narrative gives them.
     */
    static List<ReportSection> closingSections(int first, Narrative narrative) {
        List<String> papers = paragraphs(narrative.backgroundPapers());
        return List.of(
                narrativeSection(first, "Comments of the Chief Finance Officer", narrative.financeComments()),
                narrativeSection(first + 1, "Comments of the Monitoring Officer (legal implications)",
                        narrative.legalComments()),
                new ReportSection(Integer.toString(first + 2), "Background papers", List.of(papers.isEmpty()
                        ? Block.Paragraph.of("None.") : Block.ListBlock.bullets(papers)), false));
    }

    /** Gives the section's numbered paragraphs their numbers: 4.1, 4.2, ... */
    static ReportSection numbered(String number, String title, List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        int k = 1;
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p && p.number() != null) {
                out.add(new Block.Paragraph(number + "." + k++, p.runs()));
            } else {
                out.add(b);
            }
        }
        return new ReportSection(number, title, out, false);
    }

    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : text.strip().split("\\n\\s*\\n")) {
            String t = p.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String blankAs(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text.strip();
    }
}
