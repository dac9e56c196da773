package org.probity.protocols;

import java.time.LocalDate;

/**
 * A register's contribution to a review's evidence panel: how the protocol operated in the
 * period the review looks back on. Each register adds one in the composition root; it is
 * called away from the JavaFX thread.
 */
public interface ReviewEvidenceSource {

    Evidence evidence(LocalDate from, LocalDate to);
}
