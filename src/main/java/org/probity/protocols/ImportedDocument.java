package org.probity.protocols;

import java.util.List;

/**
 * What the importer found in a file: the paragraphs in order, and the lines it left out as
 * page furniture (a running header repeated on every page, a rule), so the preview can show
 * that nothing else was dropped.
 */
public record ImportedDocument(String sourceName, List<Paragraph> paragraphs, List<String> ignoredLines) {

    public ImportedDocument {
        paragraphs = List.copyOf(paragraphs);
        ignoredLines = List.copyOf(ignoredLines);
    }
}
