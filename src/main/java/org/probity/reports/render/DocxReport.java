package org.probity.reports.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.probity.reports.document.Block;
import org.probity.reports.document.Cover;
import org.probity.reports.document.ReportDocument;
import org.probity.reports.document.ReportSection;
import org.probity.reports.document.Run;

/**
 * A report as a Word document to paste into the council's own committee template: headings
 * in Word's Heading styles (so the template restyles them and the navigation pane lists
 * them), tables whose header row repeats and whose rows do not split, amendments as
 * struck-through and bold text, charts as pictures with their alternative text.
 */
public final class DocxReport {

    private static final String FONT = "Arial";

    private DocxReport() {
    }

    public static byte[] bytes(ReportDocument report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            page(doc, report);
            doc.getProperties().getCoreProperties().setTitle(report.title());
            doc.getProperties().getCoreProperties().setCreator(report.authority());
            text(doc.createParagraph(), report.authority(), true, 10);
            heading(doc, "Title", report.title());
            if (report.notForPublication()) {
                text(doc.createParagraph(), "Not for publication", true, 12);
            }
            cover(doc, report.cover(), report.accessible());
            for (ReportSection s : report.sections()) {
                XWPFParagraph h = heading(doc, "Heading1", s.heading());
                if (s.appendix()) {
                    h.setPageBreak(true);
                }
                for (Block b : s.blocks()) {
                    block(doc, b);
                }
            }
            if (report.author() != null) {
                heading(doc, "Heading1", "Report author");
                String line = report.author().name() + (blank(report.author().role()) ? ""
                        : ", " + report.author().role());
                text(doc.createParagraph(), line, false, 11);
                if (!blank(report.author().contact())) {
                    text(doc.createParagraph(), report.author().contact(), false, 11);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc, ReportDocument report) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph hp = header.createParagraph();
        text(hp, report.title() + "    " + report.marking(), false, 8);
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph fp = footer.createParagraph();
        fp.setAlignment(ParagraphAlignment.CENTER);
        text(fp, "Page ", false, 8);
        field(fp, "PAGE");
        text(fp, " of ", false, 8);
        field(fp, "NUMPAGES");
    }

    /** A field as begin, instruction and end runs, so it stays in place among the paragraph's runs. */
    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        instr.setFontSize(8);
        instr.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun shown = p.createRun();
        shown.setFontSize(8);
        shown.setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        style(styles, "Title", "Title", 36, 0);
        style(styles, "Heading1", "heading 1", 28, 0);
        style(styles, "Heading2", "heading 2", 23, 1);
    }

    private static void style(XWPFStyles styles, String id, String name, int halfPoints, int level) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewBasedOn().setVal("Normal");
        ct.addNewNext().setVal("Normal");
        ct.addNewQFormat();
        ct.addNewUiPriority().setVal(BigInteger.valueOf(9));
        var ppr = ct.addNewPPr();
        ppr.addNewKeepNext();
        ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        var spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(240));
        spacing.setAfter(BigInteger.valueOf(120));
        var rpr = ct.addNewRPr();
        rpr.addNewB();
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewColor().setVal("2B4A6F");
        styles.addStyle(new XWPFStyle(ct, styles));
    }

    private static XWPFParagraph heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setText(text);
        return p;
    }

    private static void cover(XWPFDocument doc, Cover cover, boolean accessible) {
        if (cover == null || cover.items().isEmpty()) {
            return;
        }
        if (accessible) {
            for (Cover.Item item : cover.items()) {
                XWPFParagraph p = doc.createParagraph();
                text(p, item.label() + ": ", true, 11);
                text(p, item.value(), false, 11);
            }
            return;
        }
        XWPFTable table = doc.createTable(cover.items().size(), 2);
        table.setWidth("100%");
        for (int i = 0; i < cover.items().size(); i++) {
            XWPFTableRow row = table.getRow(i);
            row.setCantSplitRow(true);
            cell(row.getCell(0), cover.items().get(i).label(), true);
            cell(row.getCell(1), cover.items().get(i).value(), false);
        }
        doc.createParagraph();
    }

    private static void block(XWPFDocument doc, Block b) {
        if (b instanceof Block.Paragraph p) {
            XWPFParagraph para = doc.createParagraph();
            para.setSpacingAfter(120);
            if (p.number() != null) {
                para.setIndentationLeft(720);
                para.setIndentationHanging(720);
                text(para, p.number() + "\t", false, 11);
            }
            runs(para, p.runs());
        } else if (b instanceof Block.Subheading s) {
            heading(doc, "Heading2", s.text());
        } else if (b instanceof Block.ListBlock l) {
            int n = 1;
            for (List<Run> item : l.items()) {
                XWPFParagraph para = doc.createParagraph();
                para.setIndentationLeft(720);
                para.setIndentationHanging(360);
                para.setSpacingAfter(60);
                text(para, (l.numbered() ? n++ + "." : "\u2022") + "\t", false, 11);
                runs(para, item);
            }
        } else if (b instanceof Block.Table t) {
            table(doc, t);
        } else if (b instanceof Block.Chart c) {
            chart(doc, c);
        } else if (b instanceof Block.PageBreak) {
            doc.createParagraph().setPageBreak(true);
        }
    }

    private static void table(XWPFDocument doc, Block.Table t) {
        XWPFParagraph caption = doc.createParagraph();
        if (!caption.getCTP().isSetPPr()) {
            caption.getCTP().addNewPPr();
        }
        caption.setKeepNext(true);
        text(caption, t.caption(), true, 10);
        int columns = Math.max(1, t.header().size());
        XWPFTable table = doc.createTable(1 + Math.max(1, t.rows().size()), columns);
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            cell(head.getCell(c), t.header().get(c), true);
            head.getCell(c).setColor("E4EAF1");
        }
        if (t.rows().isEmpty()) {
            cell(table.getRow(1).getCell(0), "None in this period.", false);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> values = t.rows().get(r);
            for (int c = 0; c < columns && c < values.size(); c++) {
                cell(row.getCell(c), values.get(c), c == 0 && t.rowHeaders());
            }
        }
        doc.createParagraph();
    }

    private static void chart(XWPFDocument doc, Block.Chart c) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        try {
            r.addPicture(new ByteArrayInputStream(ChartPicture.png(c)), PictureType.PNG, "chart.png",
                    Units.toEMU(450), Units.toEMU(450.0 * ChartPicture.HEIGHT / ChartPicture.WIDTH));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        var drawing = r.getCTR().getDrawingArray(0);
        if (drawing.sizeOfInlineArray() > 0) {
            drawing.getInlineArray(0).getDocPr().setDescr(c.altText());
            drawing.getInlineArray(0).getDocPr().setTitle(c.title());
        }
    }

    private static void cell(XWPFTableCell cell, String value, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        text(p, value, bold, 9);
    }

    private static void runs(XWPFParagraph p, List<Run> runs) {
        for (Run run : runs) {
            XWPFRun r = p.createRun();
            r.setFontFamily(FONT);
            r.setFontSize(11);
            r.setText(run.text());
            r.setBold(run.bold());
            r.setStrikeThrough(run.struck());
        }
    }

    private static void text(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text == null ? "" : text);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
