package org.probity.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.probity.common.UkDates;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryService;
import org.probity.people.PersonRef;
import org.probity.reports.document.Block;

/** The register of members' enquiries, by date received. */
public final class EnquiriesExtract implements RegisterExtractSource {

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private final EnquiryService register;

    public EnquiriesExtract(EnquiryService register) {
        this.register = register;
    }

    @Override
    public String kind() {
        return "enquiries";
    }

    @Override
    public String title() {
        return "Register of members' enquiries";
    }

    @Override
    public Block.Table table(LocalDate from, LocalDate to, Disclosure d) {
        List<String> header = new ArrayList<>(List.of("Reference", "Received", "Member", "Kind", "Target date",
                "Replied", "Status"));
        if (d.namesPeople()) {
            header.add(3, "Subject");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Enquiry e : register.receivedBetween(from == null ? FIRST : from, to == null ? LAST : to)) {
            List<String> row = new ArrayList<>(List.of(e.reference().toString(), UkDates.display(e.receivedOn()),
                    e.memberId() == null ? "" : d.person(PersonRef.member(e.memberId()), e.receivedOn()),
                    e.kind().toString(), UkDates.display(e.targetDue()),
                    e.repliedOn().map(UkDates::display).orElse(""), e.status().toString()));
            if (d.namesPeople()) {
                row.add(3, e.subject() == null ? "" : e.subject());
            }
            rows.add(row);
        }
        return new Block.Table(title(), header, rows, true);
    }
}
