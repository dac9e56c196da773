package org.probity.people;

import java.time.LocalDate;

/** Something about a person that ends soon: a term of office, a special responsibility, a job. */
public record EndingSoon(Kind kind, String recordType, long personId, String personName, String what,
                         LocalDate date) {

    public enum Kind { TERM_OF_OFFICE, SPECIAL_RESPONSIBILITY, EMPLOYMENT }
}
