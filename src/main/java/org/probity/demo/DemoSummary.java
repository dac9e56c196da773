package org.probity.demo;

import java.time.Duration;

/**
 * What a demo load created. Members and officers count everyone saved, including those whose
 * term or employment has ended; the {@code current} counts are those in office today.
 */
public record DemoSummary(String authorityName, DemoScale scale, long seed, int directorates, int serviceAreas,
                          int wards, int groups, int members, int currentMembers, int officers, int currentOfficers,
                          Duration took) {
}
