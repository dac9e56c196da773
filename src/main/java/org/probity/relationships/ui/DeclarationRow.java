package org.probity.relationships.ui;

import java.time.LocalDate;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationStatus;

/**
 * One declaration as the register list shows it. {@code searchKey} is worked out once, in
 * lower case, so typing in the filter only tests text already in memory.
 */
public record DeclarationRow(Declaration declaration, String reference, String firstPerson, String secondPerson,
                             String kind, LocalDate declaredOn, DeclarationStatus status, String decision,
                             LocalDate reviewDate, int openFlags, String searchKey) {

    public long id() {
        return declaration.id();
    }

    /** "2 open", or empty when nothing is flagged, for the flag column's tooltip and screen readers. */
    public String flagText() {
        return openFlags == 0 ? "" : openFlags == 1 ? "1 open flag" : openFlags + " open flags";
    }
}
