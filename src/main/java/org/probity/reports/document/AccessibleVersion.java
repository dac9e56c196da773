package org.probity.reports.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The report for a reader using a screen reader or braille display: the same headings and
 * paragraphs, with each table and chart said in sentences so that every figure stays in the
 * report but nothing has to be read as a grid or a picture.
 */
public final class AccessibleVersion {

    private AccessibleVersion() {
    }

    public static ReportDocument of(ReportDocument report) {
        if (report.accessible()) {
            return report;
        }
        List<ReportSection> sections = report.sections().stream()
                .map(s -> new ReportSection(s.number(), s.title(), sentences(s.blocks()), s.appendix())).toList();
        return new ReportDocument(report.title(), report.authority(), report.marking(), report.notForPublication(),
                report.cover(), sections, report.author(), true);
    }

    private static List<Block> sentences(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Table table) {
                out.addAll(sentences(table));
            } else if (block instanceof Block.Chart chart) {
                out.add(Block.Paragraph.of(sentence(chart)));
            } else {
                out.add(block);
            }
        }
        return out;
    }

    /** The caption as a lead-in, then one sentence a row: "Adults and Health: received 120; within target 96." */
    static List<Block> sentences(Block.Table table) {
        List<Block> out = new ArrayList<>();
        if (table.rows().isEmpty()) {
            out.add(Block.Paragraph.of(stop(table.caption()) + " There is nothing to show."));
            return out;
        }
        out.add(Block.Paragraph.of(stop(table.caption())));
        List<String> lines = new ArrayList<>();
        for (List<String> row : table.rows()) {
            StringBuilder line = new StringBuilder();
            int first = 0;
            if (table.rowHeaders() && !row.isEmpty()) {
                line.append(row.get(0)).append(": ");
                first = 1;
            }
            for (int i = first; i < row.size(); i++) {
                if (i > first) {
                    line.append("; ");
                }
                String heading = i < table.header().size() ? table.header().get(i) : "";
                line.append(lowerFirst(heading)).append(' ').append(row.get(i).isBlank() ? "none" : row.get(i));
            }
            lines.add(stop(line.toString()));
        }
        out.add(Block.ListBlock.bullets(lines));
        return out;
    }

    static String sentence(Block.Chart chart) {
        StringBuilder line = new StringBuilder(chart.title()).append(": ");
        for (int i = 0; i < chart.bars().size(); i++) {
            Block.Chart.Bar bar = chart.bars().get(i);
            line.append(i == 0 ? "" : "; ").append(bar.label()).append(", ").append(bar.shown());
        }
        return stop(line.toString());
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    private static String stop(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t : t + ".";
    }
}
