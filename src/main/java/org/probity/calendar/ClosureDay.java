package org.probity.calendar;

import java.time.LocalDate;

/** A weekday the authority's offices are shut, e.g. a day between Christmas and New Year. */
public record ClosureDay(LocalDate date, String description) {
}
