package org.probity.people;

import java.time.LocalDate;

/**
 * An employee of the authority. {@code staffNumber} is the payroll number that identifies an
 * officer across imports; an officer who has left is kept for the registers' history.
 */
public record Officer(Long id, String staffNumber, String forenames, String surname, String post, Long directorateId,
                      Long serviceAreaId, int tier, Long lineManagerId, boolean politicallyRestricted,
                      StatutoryRole statutoryRole, LocalDate startDate, LocalDate leaveDate, String email) {

    public Officer withId(long newId) {
        return new Officer(newId, staffNumber, forenames, surname, post, directorateId, serviceAreaId, tier,
                lineManagerId, politicallyRestricted, statutoryRole, startDate, leaveDate, email);
    }

    public Officer withLineManager(Long managerId) {
        return new Officer(id, staffNumber, forenames, surname, post, directorateId, serviceAreaId, tier, managerId,
                politicallyRestricted, statutoryRole, startDate, leaveDate, email);
    }

    public String displayName() {
        return forenames + " " + surname;
    }

    public String sortName() {
        return surname + ", " + forenames;
    }

    public boolean hasLeftBy(LocalDate day) {
        return leaveDate != null && leaveDate.isBefore(day);
    }

    public boolean isSenior() {
        return Tier.isSenior(tier);
    }
}
