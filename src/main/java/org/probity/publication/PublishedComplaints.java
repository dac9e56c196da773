package org.probity.publication;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintService;

/**
 * The complaints register, by date received: category, status and outcome, the parties by role.
 * Names and the summary of what happened are personal, and are blank where the signed-in person
 * may not see them at all.
 */
final class PublishedComplaints extends PublishedRegister<Complaint> {

    private final ComplaintService register;

    PublishedComplaints(ComplaintService register) {
        super("complaints", "Register of complaints between members and officers", "complaints", "received",
                "Category");
        this.register = register;
        open("Reference", (c, d) -> c.reference().toString());
        open("Received", (c, d) -> c.receivedOn());
        open("Category", (c, d) -> c.category() == null ? "" : c.category().label());
        open("Complainant", (c, d) -> c.complainant() == null ? "" : d.role(c.complainant(), c.receivedOn()));
        open("Complained about", (c, d) -> c.subject() == null ? "" : d.role(c.subject(), c.receivedOn()));
        open("Status", (c, d) -> c.status().label());
        open("Outcome", (c, d) -> c.decision() == null || c.decision().outcome() == null ? ""
                : c.decision().outcome().label());
        open("Decided", (c, d) -> c.decision() == null ? null : c.decision().decidedOn());
        personal("Complainant (name)", "names the complainant",
                (c, d) -> c.complainant() == null ? "" : d.name(c.complainant()));
        personal("Complained about (name)", "names the member or officer complained about",
                (c, d) -> c.subject() == null ? "" : d.name(c.subject()));
        personal("Summary", "free text about the complaint", (c, d) -> text(c.summary()));
    }

    @Override
    protected List<Complaint> records(LocalDate from, LocalDate to, List<String> headings) {
        return register.receivedBetween(from, to).stream().filter(c -> Period.contains(from, to, c.receivedOn()))
                .sorted(Comparator.comparing(Complaint::receivedOn)).toList();
    }
}
