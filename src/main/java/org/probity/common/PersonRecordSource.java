package org.probity.common;

import java.util.List;
import org.probity.people.PersonRef;

/**
 * A register that keeps records about members and officers. A person's page lists what every
 * register holds about them; it is called away from the JavaFX thread.
 */
public interface PersonRecordSource {

    List<PersonRecord> recordsOf(PersonRef person);
}
