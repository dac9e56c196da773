package org.probity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.probity.app.AppContext;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintAlert;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ComplaintOutcome;
import org.probity.complaints.ComplaintRoute;
import org.probity.complaints.ComplaintStage;
import org.probity.complaints.ComplaintStatistics;
import org.probity.storage.TestDatabases;

class DemoComplaintsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static AppContext app;
    private static DemoComplaints.Loaded loaded;

    @BeforeAll
    static void largeRegister() {
        app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "demo.test");
        new DemoAuthority(app.people(), app.database().session(), CLOCK).load(3, DemoScale.SMALL);
        loaded = demo(app).load(3, DemoScale.LARGE);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static DemoComplaints demo(AppContext context) {
        return new DemoComplaints(context.complaints(), context.people(), context.calendar().calendar());
    }

    @Test
    void theSameSeedGivesTheSameComplaintsAndAnotherSeedOthers() {
        List<Complaint> once = demo(app).plan(5, DemoScale.SMALL);
        assertThat(demo(app).plan(5, DemoScale.SMALL)).isEqualTo(once);
        assertThat(demo(app).plan(6, DemoScale.SMALL)).isNotEqualTo(once);
        assertThat(once).hasSize(DemoComplaints.SMALL_COUNT);
    }

    @Test
    void tenYearsOfComplaintsCoverEveryDirectionRouteCategoryAndOutcome() {
        List<Complaint> all = app.complaints().all();
        assertThat(loaded.complaints()).isEqualTo(DemoComplaints.LARGE_COUNT).isEqualTo(all.size());
        assertThat(all).extracting(Complaint::direction).containsAll(EnumSet.allOf(ComplaintDirection.class));
        assertThat(all).extracting(Complaint::route).containsAll(EnumSet.allOf(ComplaintRoute.class));
        assertThat(all).extracting(Complaint::category).containsAll(EnumSet.allOf(ComplaintCategory.class));
        assertThat(all).filteredOn(c -> c.decision() != null).extracting(c -> c.decision().outcome())
                .containsAll(EnumSet.allOf(ComplaintOutcome.class));
        assertThat(all).anyMatch(Complaint::isOpen).anyMatch(Complaint::isRouteOverridden)
                .anyMatch(Complaint::isIndependentPersonConsulted)
                .anyMatch(c -> c.currentStage().orElseThrow().isExtended())
                .anyMatch(c -> c.reviewRequestedOn() != null);
        assertThat(all.get(0).receivedOn()).isBefore(TODAY.minusYears(9));
        // Every date is on or before today, and every stage 2 is handled by someone new.
        assertThat(all).allSatisfy(c -> c.stages().forEach(s -> {
            assertThat(s.startedOn()).isBeforeOrEqualTo(TODAY);
            if (s.completedOn() != null) {
                assertThat(s.completedOn()).isBeforeOrEqualTo(TODAY);
            }
        }));
        assertThat(all).filteredOn(c -> c.procedureCode().equals("PROTOCOL") && c.stages().size() == 3)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.stages().subList(0, 2)).extracting(ComplaintStage::handlerId)
                        .doesNotContain(c.stages().get(2).handlerId()));
        assertThat(app.complaints().alerts(TODAY)).extracting(ComplaintAlert::kind).isNotEmpty();
    }

    @Test
    void aYearsFiguresAddUpWithEveryComplaintCountedOnceInEachBreakdown() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        ComplaintStatistics year = app.complaints().statistics(from, to);
        List<Complaint> received = app.complaints().receivedBetween(from, to);

        assertThat(year.received()).isEqualTo(received.size()).isGreaterThan(300);
        assertThat(year.stillOpen() + year.closed()).isEqualTo(year.received());
        assertThat(year.closed()).isEqualTo((int) received.stream().filter(c -> !c.isOpen()).count());
        assertThat(sum(year.byCategory().values())).isEqualTo(year.received());
        assertThat(sum(year.byOutcome().values())).isEqualTo(year.received());
        assertThat(year.byOutcome().getOrDefault(ComplaintStatistics.STILL_OPEN, 0)).isEqualTo(year.stillOpen());
        assertThat(sum(year.byDirection().values())).isEqualTo(year.received());
        assertThat(sum(year.byRoute().values())).isEqualTo(year.received());
        assertThat(year.withinTarget() + year.late()).isEqualTo(year.received());
        assertThat(year.late()).isPositive();
        assertThat(year.byCategory().keySet()).isEqualTo(received.stream().map(Complaint::category)
                .collect(Collectors.toSet()));
    }

    private static int sum(java.util.Collection<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
