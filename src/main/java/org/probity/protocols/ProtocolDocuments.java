package org.probity.protocols;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.probity.common.UkDates;
import org.probity.common.ValidationException;

/** A version written out as Markdown or Word, in a form the importer reads back unchanged. */
public final class ProtocolDocuments {

    private ProtocolDocuments() {
    }

    public static String markdown(String title, ProtocolVersion version, List<Paragraph> paragraphs) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        md.append(status(version)).append("\n\n");
        for (Paragraph p : paragraphs) {
            if (p.heading()) {
                md.append("#".repeat(Math.min(6, p.depth() + 1))).append(' ').append(p.display()).append("\n\n");
            } else {
                md.append(p.display()).append("\n\n");
            }
        }
        return md.toString();
    }

    private static String status(ProtocolVersion v) {
        String s = v.label() + ", " + v.status().label().toLowerCase(java.util.Locale.ROOT);
        if (v.adoptedOn() != null) {
            s += " on " + UkDates.display(v.adoptedOn());
        }
        if (v.adoptedBy() != null) {
            s += " by " + v.adoptedBy();
        }
        return s + ".";
    }

    static Path write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new ValidationException("file", "Could not write " + file.getFileName() + ": " + e.getMessage());
        }
    }

    public static Path writeDocx(Path file, String title, ProtocolVersion version, List<Paragraph> paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            heading(doc, title, 18);
            XWPFParagraph status = doc.createParagraph();
            status.createRun().setText(status(version));
            for (Paragraph p : paragraphs) {
                if (p.heading()) {
                    heading(doc, p.display(), p.depth() <= 1 ? 14 : 12);
                    continue;
                }
                XWPFParagraph para = doc.createParagraph();
                para.setIndentationLeft(360 * Math.max(0, p.depth() - 1));
                XWPFRun run = para.createRun();
                run.setText(p.display());
            }
            doc.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file.getFileName(), e);
        }
    }

    private static void heading(XWPFDocument doc, String text, int size) {
        XWPFParagraph para = doc.createParagraph();
        para.setStyle(size >= 18 ? "Title" : size >= 14 ? "Heading1" : "Heading2");
        XWPFRun run = para.createRun();
        run.setBold(true);
        run.setFontSize(size);
        run.setText(text);
    }
}
