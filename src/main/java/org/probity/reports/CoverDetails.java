package org.probity.reports;

import java.time.LocalDate;

/** What the cover of a committee report says besides its title and classification. */
public record CoverDetails(String committee, LocalDate meetingDate, String reportOf, String authorName,
                           String authorRole, String authorContact, String wards, boolean keyDecision) {

    public static CoverDetails standards() {
        return new CoverDetails("Standards Committee", null, "Monitoring Officer", null, "Monitoring Officer", null,
                "All wards", false);
    }
}
