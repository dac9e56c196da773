package org.probity.reports;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What the report tests read back from a PDF: veraPDF's failures, the text, the tag tree. */
public final class PdfChecks {

    private static boolean started;

    private PdfChecks() {
    }

    public static synchronized List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        if (!started) {
            VeraGreenfieldFoundryProvider.initialise();
            started = true;
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + " " + a.getMessage())
                    .distinct().toList();
        }
    }

    public static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // In the order a reader sees it: the renderer draws bold and struck runs after the plain text.
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    /** The standard structure types of every element in the tag tree, in order. */
    public static List<String> structureTypes(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> types = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), types);
            return types;
        }
    }

    private static void collect(PDStructureNode node, List<String> types) {
        if (node == null) {
            return;
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                types.add(e.getStandardStructureType());
                collect(e, types);
            }
        }
    }
}
