package org.probity.complaints;

import java.util.Comparator;
import java.util.List;
import org.probity.common.PersonRecord;
import org.probity.common.PersonRecordSource;
import org.probity.people.PersonRef;

/**
 * The complaints a member or officer made or is the subject of, for their page in the people
 * screens; listed only to those who may see complaints' confidential fields.
 */
public final class ComplaintRecords implements PersonRecordSource {

    private final ComplaintService complaints;

    public ComplaintRecords(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public List<PersonRecord> recordsOf(PersonRef person) {
        return complaints.involving(person).stream()
                .sorted(Comparator.comparing(Complaint::receivedOn).reversed())
                .map(c -> new PersonRecord(ComplaintService.REGISTER, c.reference().toString(),
                        (person.equals(c.complainant()) ? "Complained about " + complaints.personName(c.subject())
                                : "Complaint from " + complaints.personName(c.complainant())) + " · "
                                + c.category().label(),
                        c.isOpen() ? "Open" : c.decision().outcome().label(), c.receivedOn(),
                        ComplaintDueItems.SECTION_ID, String.valueOf(c.id())))
                .toList();
    }
}
