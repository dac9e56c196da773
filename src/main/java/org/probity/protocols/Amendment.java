package org.probity.protocols;

import java.time.LocalDate;

/**
 * A change to one paragraph of a review's draft. {@code stepId} is null for an amendment the
 * review proposed, and names the approval step for one a body made at its meeting, so the
 * report can say "amended by the Constitutional Advisory Panel on 9 October".
 */
public record Amendment(Long id, long reviewId, Long stepId, String number, String oldText, String newText,
                        String rationale, String proposedBy, LocalDate madeOn) {

    public Amendment withId(long newId) {
        return new Amendment(newId, reviewId, stepId, number, oldText, newText, rationale, proposedBy, madeOn);
    }

    /** The change as runs: deleted words struck through, new words in bold. */
    public java.util.List<TextRun> runs() {
        return ProtocolComparison.words(oldText, newText);
    }
}
