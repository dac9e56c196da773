package org.probity.enquiries;

import java.time.LocalDate;
import java.util.List;
import org.probity.common.DueItem;
import org.probity.common.DueItemSource;

/**
 * The register of enquiries on the Today dashboard: enquiries due within a working day with
 * no holding reply, overdue enquiries, and refusals until the Monitoring Officer has advised.
 * Each item opens the enquiry in the {@value #SECTION_ID} section.
 */
public final class EnquiryDueItems implements DueItemSource {

    public static final String SECTION_ID = "enquiries";

    private final EnquiryService enquiries;

    public EnquiryDueItems(EnquiryService enquiries) {
        this.enquiries = enquiries;
    }

    @Override
    public List<DueItem> dueItems(LocalDate today, LocalDate until) {
        return enquiries.alerts(today).stream().map(this::toDueItem).toList();
    }

    private DueItem toDueItem(EnquiryAlert alert) {
        Enquiry e = alert.enquiry();
        String what = alert.kind().label() + ": " + e.reference() + " " + e.subject();
        String who = enquiries.memberName(e.memberId())
                + (e.officerId() == null ? "" : " to " + enquiries.officerName(e.officerId()));
        return new DueItem(EnquiryService.REGISTER, alert.due(), what, who, SECTION_ID, String.valueOf(e.id()));
    }
}
