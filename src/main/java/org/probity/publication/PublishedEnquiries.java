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

/**
 * The register of members' enquiries, by date received: by directorate and whether answered in
 * time. The member is described by role; who asked, who answered and what about are personal.
 */
final class PublishedEnquiries extends PublishedRegister<PublishedEnquiries.Row> {

    private final EnquiryService register;
    private final PeopleService people;

    /** An enquiry with the directorates' names, read once per extract. */
    record Row(Enquiry enquiry, Map<Long, String> directorates) {
    }

    PublishedEnquiries(EnquiryService register, PeopleService people) {
        super("enquiries", "Register of members' enquiries", "enquiries", "received", "Directorate");
        this.register = register;
        this.people = people;
        open("Reference", (r, d) -> r.enquiry().reference().toString());
        open("Received", (r, d) -> r.enquiry().receivedOn());
        open("Kind", (r, d) -> r.enquiry().kind().label());
        open("Directorate", (r, d) -> r.enquiry().directorateId() == null ? ""
                : r.directorates().getOrDefault(r.enquiry().directorateId(), ""));
        open("Member", (r, d) -> r.enquiry().memberId() == null ? ""
                : d.role(PersonRef.member(r.enquiry().memberId()), r.enquiry().receivedOn()));
        open("Target date", (r, d) -> r.enquiry().targetDue());
        open("Replied", (r, d) -> r.enquiry().repliedOn().orElse(null));
        open("Within target", (r, d) -> withinTarget(r.enquiry()));
        open("Status", (r, d) -> r.enquiry().status().label());
        personal("Member (name)", "names a member", (r, d) -> r.enquiry().memberId() == null ? ""
                : d.name(PersonRef.member(r.enquiry().memberId())));
        personal("Officer (name)", "names an officer", (r, d) -> r.enquiry().officerId() == null ? ""
                : register.officerName(r.enquiry().officerId()));
        personal("Subject", "free text that may name a resident", (r, d) -> text(r.enquiry().subject()));
        personal("Details", "free text that may name a resident", (r, d) -> text(r.enquiry().details()));
    }

    private static String withinTarget(Enquiry e) {
        return e.repliedOn().map(replied -> e.targetDue() == null || !replied.isAfter(e.targetDue()) ? "Yes" : "No")
                .orElse("Awaiting reply");
    }

    @Override
    protected List<Row> records(LocalDate from, LocalDate to, List<String> headings) {
        Map<Long, String> directorates = people.directorates().stream()
                .collect(Collectors.toMap(Directorate::id, Directorate::name, (a, b) -> a));
        return register.receivedBetween(from, to).stream().filter(e -> Period.contains(from, to, e.receivedOn()))
                .sorted(Comparator.comparing(Enquiry::receivedOn)).map(e -> new Row(e, directorates)).toList();
    }
}
