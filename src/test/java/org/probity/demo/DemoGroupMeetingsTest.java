package org.probity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.probity.app.AppContext;
import org.probity.common.ValidationException;
import org.probity.groupmeetings.AlertRule;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.GroupMeetingAlert;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.groupmeetings.MeetingKind;
import org.probity.groupmeetings.ParityMatrix;
import org.probity.groupmeetings.ParityStatus;
import org.probity.storage.TestDatabases;

class DemoGroupMeetingsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static AppContext loaded(long seed) {
        AppContext app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "demo.test");
        new DemoAuthority(app.people(), app.database().session(), CLOCK).load(seed, DemoScale.SMALL);
        new DemoGroupMeetings(app.groupMeetings(), app.people(), app.database().session(), CLOCK)
                .load(seed, DemoScale.SMALL);
        return app;
    }

    /** What a user sees of each meeting, without database ids. */
    private static List<String> lines(GroupMeetingService register) {
        return register.meetings().stream().map(m -> register.values(m).toString()).sorted().toList();
    }

    @Test
    void theSameSeedGivesTheSameMeetingsAndAnotherSeedOthers() {
        try (AppContext first = loaded(7); AppContext again = loaded(7); AppContext other = loaded(8)) {
            assertThat(lines(again.groupMeetings())).isEqualTo(lines(first.groupMeetings()));
            assertThat(lines(other.groupMeetings())).isNotEqualTo(lines(first.groupMeetings()));
        }
    }

    @Test
    void theSmallDemoHasAboutSixtyMeetingsOverTwoYearsOfEveryKindWithEveryAlertToSee() {
        try (AppContext app = loaded(1)) {
            GroupMeetingService register = app.groupMeetings();
            List<GroupMeeting> all = register.meetings();

            assertThat(all).hasSize(60);
            assertThat(all).allSatisfy(m -> assertThat(m.meetingDate())
                    .isBetween(TODAY.minusYears(2).minusDays(1), TODAY.plusDays(32)));
            assertThat(all.stream().map(GroupMeeting::kind).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(MeetingKind.values());
            assertThat(all.stream().map(GroupMeeting::groupId).distinct().count()).isGreaterThan(2);
            assertThat(all).anyMatch(m -> m.meetingDate().isAfter(TODAY));
            // The references run in the order the requests were made.
            assertThat(all.stream().filter(m -> m.reference().year() == 2026).map(m -> m.reference().number())
                    .sorted().toList().get(0)).isEqualTo(1);

            Set<AlertRule> rules = register.alerts(TODAY).stream().map(GroupMeetingAlert::rule)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(AlertRule.class)));
            assertThat(rules).containsExactlyInAnyOrder(AlertRule.values());
        }
    }

    @Test
    void mostBriefingsAreOfferedToEveryGroupAndAFewAreNot() {
        try (AppContext app = loaded(1)) {
            ParityMatrix parity = app.groupMeetings().parity(TODAY.minusYears(2), TODAY);

            long offered = parity.cells().stream().filter(c -> c.status().offered()).count();
            long notOffered = parity.cells().stream().filter(c -> c.status() == ParityStatus.NOT_OFFERED).count();
            assertThat(notOffered).isPositive();
            assertThat(offered).isGreaterThan(notOffered * 4);
        }
    }

    @Test
    void aRegisterThatAlreadyHasMeetingsIsLeftAlone() {
        try (AppContext app = loaded(1)) {
            DemoGroupMeetings demo = new DemoGroupMeetings(app.groupMeetings(), app.people(),
                    app.database().session(), CLOCK);

            assertThatThrownBy(() -> demo.load(1, DemoScale.SMALL)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("already holds 60");
            assertThat(app.groupMeetings().count()).isEqualTo(60);
        }
    }

    @Test
    void withoutThePeopleThereIsNothingToLoadAndNothingIsWritten() {
        try (AppContext app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "demo.test")) {
            DemoGroupMeetings demo = new DemoGroupMeetings(app.groupMeetings(), app.people(),
                    app.database().session(), CLOCK);

            assertThatThrownBy(() -> demo.load(1, DemoScale.SMALL)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("people before");
            assertThat(app.groupMeetings().count()).isZero();
        }
    }
}
