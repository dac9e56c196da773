package org.probity.people;

import java.time.LocalDate;

/** A role with special responsibility (e.g. Cabinet Member for Housing), with its service area. */
public record SpecialResponsibility(String role, Long serviceAreaId, LocalDate from, LocalDate to) {

    public boolean isCurrentOn(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }
}
