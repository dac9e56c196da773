package org.probity.enquiries.ui;

import java.time.LocalDate;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryStatus;

/**
 * One enquiry as the list shows it. Names and the lowercase {@code searchKey} are worked out
 * once when the list is read, so that filtering 200 000 rows needs no lookups.
 */
public record EnquiryRow(Enquiry enquiry, String reference, LocalDate receivedOn, String member, String subject,
                         String kind, String serviceArea, String officer, LocalDate due, String dueText,
                         EnquiryStatus status, boolean overdue, String searchKey) {

    public long id() {
        return enquiry.id();
    }

    public String statusText() {
        return overdue ? "Overdue" : status.label();
    }
}
