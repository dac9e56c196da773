package org.probity.reports.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.probity.reports.document.Block;
import org.probity.reports.document.Cover;
import org.probity.reports.document.ReportDocument;
import org.probity.reports.document.ReportSection;
import org.probity.reports.document.Run;

/**
 * A report as a PDF for print and publication: A4, the title and marking at the head of every
 * page and "Page 3 of 12" at the foot, table headers repeated on each page and rows kept
 * whole, headings kept with what follows. Tagged for screen readers (PDF/UA-1) and archival
 * (PDF/A-2u), with bookmarks to every section and the font embedded.
 */
public final class PdfReport {

    /**
     * The PDF's streams are packed with zlib's quickest level unless the user has chosen another:
     * the file is a tenth larger, and a report is written a tenth sooner.
     */
    private static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";

    static {
        if (System.getProperty(DEFLATE_LEVEL) == null) {
            System.setProperty(DEFLATE_LEVEL, "1");
        }
    }

    /** The sRGB colour profile the PDF/A output intent names, read once. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfReport() {
    }

    public static byte[] bytes(ReportDocument report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(report, out);
        return out.toByteArray();
    }

    public static void write(ReportDocument report, OutputStream out) {
        RendererLog.install();
        String html = html(report);
        // The renderer closes the document when it has written it; closing it again is harmless.
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
            builder.useColorProfile(SRGB.clone());
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(ReportFonts.load(document, ReportFonts.REGULAR)), ReportFonts.FAMILY,
                    400, FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(ReportFonts.load(document, ReportFonts.BOLD)), ReportFonts.FAMILY,
                    700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as XHTML, the renderer's input. */
    static String html(ReportDocument report) {
        Map<Block.Chart, String> pictures = pictures(report);
        StringBuilder h = new StringBuilder(32 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
                .append("<meta charset=\"UTF-8\"/>")
                .append("<title>").append(esc(report.title())).append("</title>")
                .append("<meta name=\"author\" content=\"").append(esc(report.authority())).append("\"/>")
                .append("<meta name=\"subject\" content=\"").append(esc(report.title())).append("\"/>")
                .append("<style>").append(css(report)).append("</style>");
        h.append("<bookmarks>");
        for (ReportSection s : report.sections()) {
            h.append("<bookmark name=\"").append(esc(s.heading())).append("\" href=\"#").append(s.anchor())
                    .append("\"/>");
        }
        h.append("</bookmarks></head><body>");
        h.append("<p class=\"authority\">").append(esc(report.authority())).append("</p>");
        h.append("<h1>").append(keepPairs(esc(report.title()))).append("</h1>");
        if (report.notForPublication()) {
            h.append("<p class=\"restricted\">Not for publication</p>");
        }
        cover(h, report.cover(), report.accessible());
        for (ReportSection s : report.sections()) {
            h.append(s.appendix() ? "<div class=\"appendix\">" : "<div class=\"section\">");
            h.append("<h2 id=\"").append(s.anchor()).append("\">").append(esc(s.heading())).append("</h2>");
            for (Block b : s.blocks()) {
                block(h, b, pictures);
            }
            h.append("</div>");
        }
        if (report.author() != null) {
            h.append("<div class=\"author\"><h2 id=\"author\">Report author</h2>");
            h.append("<p>").append(esc(report.author().name()));
            if (!blank(report.author().role())) {
                h.append(", ").append(esc(report.author().role()));
            }
            h.append("</p>");
            if (!blank(report.author().contact())) {
                h.append("<p>").append(esc(report.author().contact())).append("</p>");
            }
            h.append("</div>");
        }
        return h.append("</body></html>").toString();
    }

    private static void cover(StringBuilder h, Cover cover, boolean accessible) {
        if (cover == null || cover.items().isEmpty()) {
            return;
        }
        if (accessible) {
            h.append("<div class=\"cover-text\">");
            for (Cover.Item item : cover.items()) {
                h.append("<p><b>").append(esc(item.label())).append(":</b> ").append(esc(item.value()))
                        .append("</p>");
            }
            h.append("</div>");
            return;
        }
        h.append("<table class=\"cover\"><tbody>");
        for (Cover.Item item : cover.items()) {
            h.append("<tr><th scope=\"row\">").append(esc(item.label())).append("</th><td>")
                    .append(esc(item.value())).append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    /** Every chart in the report drawn as a PNG picture in base64, the charts drawn side by side. */
    private static Map<Block.Chart, String> pictures(ReportDocument report) {
        return report.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(Block.Chart.class::isInstance).map(Block.Chart.class::cast).distinct().toList()
                .parallelStream()
                .collect(Collectors.toConcurrentMap(c -> c, c -> Base64.getEncoder().encodeToString(ChartPicture.png(c))));
    }

    private static void block(StringBuilder h, Block b, Map<Block.Chart, String> pictures) {
        if (b instanceof Block.Paragraph p) {
            if (p.number() != null) {
                h.append("<p class=\"numbered\"><span class=\"number\">").append(esc(p.number()))
                        .append("</span>");
                runs(h, p.runs());
                h.append("</p>");
            } else {
                h.append("<p>");
                runs(h, p.runs());
                h.append("</p>");
            }
        } else if (b instanceof Block.Subheading s) {
            h.append("<h3>").append(esc(s.text())).append("</h3>");
        } else if (b instanceof Block.ListBlock l) {
            h.append(l.numbered() ? "<ol>" : "<ul>");
            for (List<Run> item : l.items()) {
                h.append("<li>");
                runs(h, item);
                h.append("</li>");
            }
            h.append(l.numbered() ? "</ol>" : "</ul>");
        } else if (b instanceof Block.Table t) {
            table(h, t);
        } else if (b instanceof Block.Chart c) {
            String png = pictures.get(c);
            h.append("<div class=\"chart\"><img src=\"data:image/png;base64,").append(png).append("\" alt=\"")
                    .append(esc(c.altText())).append("\"/></div>");
        } else if (b instanceof Block.PageBreak) {
            h.append("<div class=\"break\"></div>");
        }
    }

    private static void table(StringBuilder h, Block.Table t) {
        h.append("<p class=\"caption\">").append(esc(t.caption())).append("</p>");
        h.append(t.header().size() >= 7 ? "<table class=\"data wide\"><thead><tr>" : "<table class=\"data\"><thead><tr>");
        for (String head : t.header()) {
            h.append("<th scope=\"col\">").append(esc(head)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        if (t.rows().isEmpty()) {
            h.append("<tr><td colspan=\"").append(Math.max(1, t.header().size()))
                    .append("\">None in this period.</td></tr>");
        }
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                if (i == 0 && t.rowHeaders()) {
                    h.append(unbroken(row.get(i)) ? "<th scope=\"row\" class=\"k\">" : "<th scope=\"row\">").append(esc(row.get(i))).append("</th>");
                } else {
                    String cell = row.get(i);
                    h.append(numeric(cell) ? "<td class=\"n\">" : unbroken(cell) ? "<td class=\"k\">" : "<td>")
                            .append(esc(cell)).append("</td>");
                }
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    /** References and dates read badly broken over two lines. */
    private static boolean unbroken(String cell) {
        return cell.length() <= 16 && cell.matches("[A-Z]{2,5}-\\d{4}-\\d+");
    }

    private static boolean numeric(String cell) {
        return cell.matches("[0-9.,%]+|fewer than \\d+|\u2014");
    }

    private static void runs(StringBuilder h, List<Run> runs) {
        for (Run r : runs) {
            String text = esc(r.text());
            if (r.struck() && r.bold()) {
                h.append("<del><b>").append(text).append("</b></del>");
            } else if (r.struck()) {
                h.append("<del>").append(text).append("</del>");
            } else if (r.bold()) {
                h.append("<b>").append(text).append("</b>");
            } else {
                h.append(text);
            }
        }
    }

    private static String css(ReportDocument report) {
        String head = cssString(report.title());
        String marking = cssString(report.marking());
        return """
                @page { size: A4; margin: 24mm 20mm 22mm 22mm;
                  @top-left { content: "%s"; font-family: 'DejaVu Sans'; font-size: 8pt; color: #3d3d3d;
                    vertical-align: bottom; padding-bottom: 3mm; }
                  @top-right { content: "%s"; font-family: 'DejaVu Sans'; font-size: 8pt; font-weight: bold;
                    color: #3d3d3d; vertical-align: bottom; padding-bottom: 3mm; }
                  @bottom-center { content: "Page " counter(page) " of " counter(pages);
                    font-family: 'DejaVu Sans'; font-size: 8pt; color: #3d3d3d; }
                }
                body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.4; color: #1a1a1a; }
                .authority { font-size: 10pt; color: #2b4a6f; margin: 0 0 2mm 0; font-weight: bold; }
                h1 { font-size: 17pt; font-weight: bold; color: #2b4a6f; margin: 0 0 5mm 0; }
                .pair { white-space: nowrap; }
                h2 { font-size: 12.5pt; font-weight: bold; color: #2b4a6f; margin: 7mm 0 3mm 0;
                  page-break-after: avoid; }
                h3 { font-size: 10.5pt; font-weight: bold; margin: 4mm 0 2mm 0; page-break-after: avoid; }
                p { margin: 0 0 2.5mm 0; }
                .restricted { font-weight: bold; font-size: 11pt; border: 1pt solid #1a1a1a; padding: 2mm;
                  text-align: center; }
                table { border-collapse: collapse; width: 100%%; -fs-table-paginate: paginate;
                  margin: 0 0 4mm 0; }
                tr { page-break-inside: avoid; }
                th, td { border: 0.6pt solid #8a8a8a; padding: 1.2mm 1.6mm; text-align: left;
                  vertical-align: top; font-size: 9pt; }
                thead th { background-color: #e4eaf1; font-weight: bold; }
                tbody th { font-weight: bold; }
                td.n { text-align: right; }
                .k { white-space: nowrap; }
                table.wide th, table.wide td { font-size: 7.5pt; padding: 1mm 1.2mm; }
                table.cover th { width: 38%%; background-color: #f1f3f6; font-size: 9.5pt; }
                table.cover td { font-size: 9.5pt; }
                .caption { font-weight: bold; font-size: 9.5pt; margin: 3mm 0 1.5mm 0; page-break-after: avoid; }
                .numbered { padding-left: 11mm; text-indent: -11mm; }
                .number { padding-right: 3mm; }
                ul, ol { margin: 0 0 3mm 0; padding-left: 8mm; }
                li { margin: 0 0 1mm 0; }
                del { text-decoration: line-through; }
                .chart { margin: 2mm 0 4mm 0; page-break-inside: avoid; }
                .chart img { width: 150mm; }
                .appendix { page-break-before: always; }
                .break { page-break-after: always; }
                .author { margin-top: 8mm; border-top: 1pt solid #2b4a6f; padding-top: 2mm;
                  page-break-inside: avoid; }
                """.formatted(head, marking);
    }

    private static String cssString(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Keeps a pair such as "Member/Officer" on one line: the renderer would break it at the slash. */
    static String keepPairs(String escaped) {
        return escaped.replaceAll("([\\p{L}]+/[\\p{L}]+)", "<span class=\"pair\">$1</span>");
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 has no place for other control characters; a pasted one would stop the render.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
