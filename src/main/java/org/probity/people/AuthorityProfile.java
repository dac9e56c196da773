package org.probity.people;

import java.util.LinkedHashMap;
import java.util.Map;
import org.probity.calendar.BankHolidayRegion;

/**
 * The authority Probity is kept for, and its response targets in working days.
 * Defaults: members' enquiries 5 working days and information requests 7, as real protocols
 * set them; complaints acknowledged within 5 and answered within 10.
 */
public record AuthorityProfile(String name, BankHolidayRegion region, int membersEnquiryDays,
                               int informationRequestDays, int complaintAcknowledgementDays,
                               int complaintResponseDays) {

    public static final int DEFAULT_MEMBERS_ENQUIRY_DAYS = 5;
    public static final int DEFAULT_INFORMATION_REQUEST_DAYS = 7;
    public static final int DEFAULT_COMPLAINT_ACKNOWLEDGEMENT_DAYS = 5;
    public static final int DEFAULT_COMPLAINT_RESPONSE_DAYS = 10;

    public static AuthorityProfile withDefaults(String name, BankHolidayRegion region) {
        return new AuthorityProfile(name, region, DEFAULT_MEMBERS_ENQUIRY_DAYS, DEFAULT_INFORMATION_REQUEST_DAYS,
                DEFAULT_COMPLAINT_ACKNOWLEDGEMENT_DAYS, DEFAULT_COMPLAINT_RESPONSE_DAYS);
    }

    public Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Name", name);
        values.put("Bank holidays", region.label());
        values.put("Members' enquiries (working days)", String.valueOf(membersEnquiryDays));
        values.put("Information requests (working days)", String.valueOf(informationRequestDays));
        values.put("Complaint acknowledgement (working days)", String.valueOf(complaintAcknowledgementDays));
        values.put("Complaint response (working days)", String.valueOf(complaintResponseDays));
        return values;
    }
}
