package org.probity.complaints;

import java.time.LocalDate;

/**
 * One line of the case log the Standards Committee sees: no names, only where each complaint
 * has got to and what happens next, and the protocol paragraphs it engages (numbers only).
 */
public record CaseLogRow(long complaintId, ComplaintReference reference, LocalDate receivedOn, String route,
                         String stage, boolean independentPersonConsulted, String nextStep, LocalDate nextStepDue,
                         String outcome, String paragraphs) {
}
