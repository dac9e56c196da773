package org.probity.app;

import org.probity.calendar.BankHolidayRegion;
import org.probity.demo.DemoAuthority;
import org.probity.demo.DemoDeclarations;
import org.probity.demo.DemoEnquiries;
import org.probity.demo.DemoGroupMeetings;
import org.probity.demo.DemoScale;
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

    /** The seed of the demo authority offered at first run, so every new user sees the same one. */
    public static final long DEMO_SEED = 1;

    /** Fills an empty database with a fictional authority, and returns its profile. */
    public static AuthorityProfile loadDemoData(AppContext context) {
        new DemoAuthority(context.people(), context.database().session(), context.clock())
                .load(DEMO_SEED, DemoScale.SMALL);
        new DemoDeclarations(context.relationships(), context.people(), context.database().session(),
                context.clock()).load(DEMO_SEED, DemoScale.SMALL);
        new DemoEnquiries(context.enquiries(), context.people(), context.calendar(), context.database().session())
                .load(DEMO_SEED, DemoScale.SMALL);
        new DemoGroupMeetings(context.groupMeetings(), context.people(), context.database().session(),
                context.clock()).load(DEMO_SEED, DemoScale.SMALL);
        return context.people().profile();
    }
}
