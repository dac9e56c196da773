package org.probity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.probity.app.AppContext;
import org.probity.calendar.WorkingDayCalendar;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryAlert;
import org.probity.enquiries.EnquiryStatus;
import org.probity.enquiries.ConsentBasis;
import org.probity.people.Ward;
import org.probity.storage.TestDatabases;

class DemoEnquiriesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static AppContext app;

    @BeforeAll
    static void demoAuthority() {
        app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "demo.test");
        new DemoAuthority(app.people(), app.database().session(), CLOCK).load(3, DemoScale.SMALL);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static DemoEnquiries demo() {
        return new DemoEnquiries(app.enquiries(), app.people(), app.calendar(), app.database().session());
    }

    @Test
    void theSameSeedGivesTheSameEnquiriesAndAnotherSeedOthers() {
        List<Enquiry> once = demo().plan(5, DemoScale.SMALL);
        List<Enquiry> again = demo().plan(5, DemoScale.SMALL);
        List<Enquiry> other = demo().plan(6, DemoScale.SMALL);

        assertThat(again).isEqualTo(once);
        assertThat(other).isNotEqualTo(once);
    }

    @Test
    void aSmallRegisterHasAYearOfEnquiriesInEveryStateWithEveryAlertOnTheDashboard() {
        try (AppContext fresh = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "demo.test")) {
            new DemoAuthority(fresh.people(), fresh.database().session(), CLOCK).load(3, DemoScale.SMALL);
            DemoEnquiries.Loaded loaded = new DemoEnquiries(fresh.enquiries(), fresh.people(), fresh.calendar(),
                    fresh.database().session()).load(3, DemoScale.SMALL);

            List<Enquiry> all = fresh.enquiries().receivedBetween(TODAY.minusYears(1), TODAY);
            assertThat(loaded.enquiries()).isBetween(590, 610);
            assertThat(fresh.enquiries().count()).isEqualTo(loaded.enquiries()).isEqualTo(all.size());
            assertThat(all).extracting(Enquiry::status).containsAll(EnumSet.allOf(EnquiryStatus.class));
            assertThat(all).extracting(Enquiry::consentBasis).contains(ConsentBasis.values());
            assertThat(all).anyMatch(e -> e.holdingReply() != null).anyMatch(Enquiry::isEscalated)
                    .anyMatch(Enquiry::isTargetOverridden);
            Set<EnquiryAlert.Kind> alerts = fresh.enquiries().alerts(TODAY).stream().map(EnquiryAlert::kind)
                    .collect(Collectors.toSet());
            assertThat(alerts).containsExactlyInAnyOrder(EnquiryAlert.Kind.values());
            // Through the service, so each one has its audit entry.
            Enquiry first = all.get(0);
            assertThat(fresh.enquiries().history(first.id())).hasSize(1);
            long withinTarget = all.stream().filter(e -> e.repliedOn().isPresent()
                    && !e.repliedOn().get().isAfter(e.targetDue())).count();
            long replied = all.stream().filter(e -> e.repliedOn().isPresent()).count();
            assertThat(withinTarget).isGreaterThan(replied * 6 / 10).isLessThan(replied);
        }
    }

    @Test
    void enquiriesOverSeveralYearsAreSpreadOverThemAndFollowTheRegistersRules() {
        Map<Long, String> wards = app.people().wards().stream().collect(Collectors.toMap(Ward::id, Ward::name));
        WorkingDayCalendar calendar = app.calendar().calendar();
        EnquiryPlan plan = new EnquiryPlan(app.people().members(), app.people().officers(),
                app.people().serviceAreas(), wards, calendar, app.enquiries()::defaultTargetDays, TODAY);

        // The small authority's members were elected in 2023; the large one's go back ten years.
        List<Enquiry> sample = plan.enquiries(99, 4000, 3);

        assertThat(sample).hasSizeGreaterThanOrEqualTo(4000);
        assertThat(sample.get(0).receivedOn()).isBefore(TODAY.minusYears(3).plusMonths(1));
        assertThat(sample.get(sample.size() - 1).receivedOn()).isAfter(TODAY.minusMonths(1));
        assertThat(sample.stream().map(e -> e.reference().toString()).distinct().count()).isEqualTo(sample.size());
        for (int i = 0; i < sample.size(); i += 10) {
            Enquiry e = sample.get(i);
            assertThat(e.reference().year()).isEqualTo(e.receivedOn().getYear());
            assertThat(e.targetDue()).isEqualTo(calendar.due(e.receivedOn(), e.targetDays()).due());
            assertThat(app.enquiries().validate(e).problems()).as(e.reference().toString()).isEmpty();
        }
    }
}
