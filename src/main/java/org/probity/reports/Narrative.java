package org.probity.reports;

/**
 * The parts of the annual report the Monitoring Officer writes. Paragraphs are separated by a
 * blank line; each becomes a numbered paragraph of its section.
 */
public record Narrative(String purpose, String recommendations, String background, String financeComments,
                        String legalComments, String backgroundPapers) {

    public static Narrative empty() {
        return new Narrative("", "", "", "", "", "");
    }
}
