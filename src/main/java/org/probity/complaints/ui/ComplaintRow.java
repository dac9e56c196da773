package org.probity.complaints.ui;

import java.time.LocalDate;
import org.probity.complaints.Complaint;

/**
 * One line of the complaints list, worked out away from the JavaFX thread. {@code parties} is
 * "complainant about subject", or "Confidential" for a reader who may not see them.
 */
public record ComplaintRow(Complaint complaint, String reference, LocalDate receivedOn, String direction,
                           String category, String route, String stage, String handler, LocalDate due,
                           String dueText, boolean overdue, String status, String parties) {

    public long id() {
        return complaint.id();
    }
}
