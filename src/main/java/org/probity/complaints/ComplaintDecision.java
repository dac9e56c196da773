package org.probity.complaints;

import java.time.LocalDate;

/**
 * How a complaint ended: the outcome and its date, the sanctions or actions where a breach was
 * found, the learning points, and whether and when a decision notice was published.
 */
public record ComplaintDecision(ComplaintOutcome outcome, LocalDate decidedOn, String sanctions,
                                String learningPoints, boolean noticePublished, LocalDate noticePublishedOn) {
}
