package org.probity.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.probity.app.AppContext;
import org.probity.demo.DemoAuthority;
import org.probity.demo.DemoComplaints;
import org.probity.demo.DemoProtocols;
import org.probity.demo.DemoDeclarations;
import org.probity.demo.DemoEnquiries;
import org.probity.demo.DemoGroupMeetings;
import org.probity.demo.DemoScale;
import org.probity.enquiries.persistence.JooqEnquiryRepository;
import org.probity.storage.TestDatabases;

/** The small demo authority on 20 January 2027, so that 2026 is a whole year of every register. */
public final class DemoReports {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-20T10:00:00Z"), ZoneId.of("Europe/London"));
    public static final int YEAR = 2026;

    private DemoReports() {
    }

    public static AppContext loaded() {
        AppContext app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "reports.test");
        new DemoAuthority(app.people(), app.database().session(), CLOCK).load(1, DemoScale.SMALL);
        new DemoDeclarations(app.relationships(), app.people(), app.database().session(), CLOCK)
                .load(1, DemoScale.SMALL);
        new DemoEnquiries(app.enquiries(), app.people(), app.calendar(), app.database().session())
                .inBulk(new JooqEnquiryRepository(app.database().session())).load(1, DemoScale.SMALL);
        new DemoGroupMeetings(app.groupMeetings(), app.people(), app.database().session(), CLOCK)
                .load(1, DemoScale.SMALL);
        new DemoComplaints(app.complaints(), app.people(), app.calendar().calendar()).load(1, DemoScale.SMALL);
        new DemoProtocols(app.protocols(), app.reviews(), CLOCK).load();
        return app;
    }
}
