package org.probity.app;

import org.probity.calendar.BankHolidayRegion;
import org.probity.people.AuthorityProfile;

/** The two ways to start a new data folder: an empty register, or a fictional authority to explore. */
public final class FirstRun {

    private FirstRun() {
    }

    /** An empty register for the authority, with the usual response targets. */
    public static AuthorityProfile createEmptyRegister(AppContext context, String authorityName,
                                                       BankHolidayRegion region) {
        return context.people().saveProfile(AuthorityProfile.withDefaults(authorityName, region));
    }

    /** Fills an empty database with a fictional authority, and returns its profile. */
    public static AuthorityProfile loadDemoData(AppContext context) {
        throw new UnsupportedOperationException("Demo data is not available in this build");
    }
}
