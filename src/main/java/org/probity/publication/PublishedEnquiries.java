package org.probity.publication;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryService;
import org.probity.people.Directorate;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.reports.Disclosure;

/**
 * The register of members' enquiries, by date received: by directorate and whether answered in
 * time. The member is described by role; who asked, who answered and what about are personal.
 */
final class PublishedEnquiries implements PublishedRegister {

    private final EnquiryService register;
    private final PeopleService people;
    private final ColumnSet<Row> columns;

    /** An enquiry with the directorate names, read once per extract. */
    private record Row(Enquiry enquiry, Map<Long, String> directorates) {
    }

    PublishedEnquiries(EnquiryService register, PeopleService people) {
        this.register = register;
        this.people = people;
        this.columns = new ColumnSet<Row>()
                .open("Reference", (r, d) -> r.enquiry().reference().toString())
                .open("Received", (r, d) -> r.enquiry().receivedOn())
                .open("Kind", (r, d) -> r.enquiry().kind().label())
                .open("Directorate", (r, d) -> r.enquiry().directorateId() == null ? ""
                        : r.directorates().getOrDefault(r.enquiry().directorateId(), ""))
                .open("Member", (r, d) -> r.enquiry().memberId() == null ? ""
                        : d.role(PersonRef.member(r.enquiry().memberId()), r.enquiry().receivedOn()))
                .open("Target date", (r, d) -> r.enquiry().targetDue())
                .open("Replied", (r, d) -> r.enquiry().repliedOn().orElse(null))
                .open("Within target", (r, d) -> withinTarget(r.enquiry()))
                .open("Status", (r, d) -> r.enquiry().status().label())
                .personal("Member (name)", "names a member", (r, d) -> r.enquiry().memberId() == null ? ""
                        : d.name(PersonRef.member(r.enquiry().memberId())))
                .personal("Officer (name)", "names an officer", (r, d) -> r.enquiry().officerId() == null ? ""
                        : register.officerName(r.enquiry().officerId()))
                .personal("Subject", "free text that may name a resident", (r, d) -> ColumnSet.text(
                        r.enquiry().subject()))
                .personal("Details", "free text that may name a resident", (r, d) -> ColumnSet.text(
                        r.enquiry().details()));
    }

    private static String withinTarget(Enquiry e) {
        return e.repliedOn().map(replied -> e.targetDue() == null || !replied.isAfter(e.targetDue()) ? "Yes" : "No")
                .orElse("Awaiting reply");
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
    public String entries() {
        return "enquiries";
    }

    @Override
    public String datedBy() {
        return "received";
    }

    @Override
    public List<PublishedColumn> columns() {
        return columns.columns();
    }

    @Override
    public String countBy() {
        return "Directorate";
    }

    @Override
    public List<List<Object>> rows(LocalDate from, LocalDate to, List<String> headings, Disclosure disclosure) {
        Map<Long, String> directorates = people.directorates().stream()
                .collect(Collectors.toMap(Directorate::id, Directorate::name, (a, b) -> a));
        List<Row> rows = register.receivedBetween(from, to).stream()
                .filter(e -> Period.contains(from, to, e.receivedOn()))
                .sorted(Comparator.comparing(Enquiry::receivedOn))
                .map(e -> new Row(e, directorates)).toList();
        return columns.rows(rows, headings, disclosure);
    }
}
