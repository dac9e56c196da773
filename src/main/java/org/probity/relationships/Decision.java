package org.probity.relationships;

import java.time.LocalDate;

/** The Monitoring Officer's decision on a declaration. */
public record Decision(DecisionKind kind, String otherText, String reasons, LocalDate decidedOn, String decidedBy) {

    public String describe() {
        return kind == DecisionKind.OTHER && otherText != null && !otherText.isBlank() ? otherText : kind.label();
    }
}
