package org.probity.publication;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text in drawing order, which keeps each table cell's lines together, with every run of
 * white space as one space: a name wrapped inside its cell still reads as the name.
 */
public final class PdfText {

    private PdfText() {
    }

    public static String of(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
