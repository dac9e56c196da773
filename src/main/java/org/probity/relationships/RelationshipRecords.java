package org.probity.relationships;

import java.util.Comparator;
import java.util.List;
import org.probity.common.PersonRecord;
import org.probity.common.PersonRecordSource;
import org.probity.people.PersonRef;

/** The declarations a member or officer is party to, for their page in the people screens. */
public final class RelationshipRecords implements PersonRecordSource {

    private final DeclarationService register;

    public RelationshipRecords(DeclarationService register) {
        this.register = register;
    }

    @Override
    public List<PersonRecord> recordsOf(PersonRef person) {
        return register.involving(person).stream()
                .sorted(Comparator.comparing(Declaration::declaredOn).reversed())
                .map(d -> new PersonRecord(RelationshipDueItems.REGISTER, d.reference().toString(),
                        d.kindDescription() + " with " + register.name(d.otherParty(person)), d.status().label(),
                        d.declaredOn(), RelationshipDueItems.SECTION_ID, String.valueOf(d.id())))
                .toList();
    }
}
