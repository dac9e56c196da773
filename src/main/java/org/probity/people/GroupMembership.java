package org.probity.people;

import java.time.LocalDate;

/** A member's membership of a political group, from and to dates (either may be open). */
public record GroupMembership(long groupId, LocalDate from, LocalDate to) {

    public boolean isCurrentOn(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }
}
