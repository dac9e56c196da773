package org.probity.relationships;

import java.time.LocalDate;

/**
 * A potential conflict found on a declaration, raised on the day it first appeared and
 * cleared on the day it went. {@code subjectKey} tells one situation from another under the
 * same rule (e.g. which special responsibility).
 */
public record ConflictFlag(Long id, long declarationId, ConflictRule rule, String subjectKey, String explanation,
                           LocalDate raisedOn, LocalDate clearedOn) {

    public boolean isOpen() {
        return clearedOn == null;
    }
}
