package org.probity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.app.AppContext;
import org.probity.common.ValidationException;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PoliticalGroup;
import org.probity.people.StatutoryRole;
import org.probity.people.Tier;
import org.probity.storage.TestDatabases;

class DemoAuthorityTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static AppContext context(TestDatabases.Kind kind) {
        return new AppContext(kind.open(), Optional.empty(), CLOCK, "demo.test");
    }

    private static DemoSummary load(AppContext app, long seed) {
        return new DemoAuthority(app.people(), app.database().session(), CLOCK).load(seed, DemoScale.SMALL);
    }

    /** What a user would see of the people, without database ids. */
    private static List<String> officerLines(PeopleService people) {
        Map<Long, Officer> byId = people.officers().stream().collect(Collectors.toMap(Officer::id, Function.identity()));
        return people.officers().stream()
                .sorted(Comparator.comparing(Officer::staffNumber))
                .map(o -> String.join("|", o.staffNumber(), o.forenames(), o.surname(), o.post(),
                        String.valueOf(o.tier()), o.lineManagerId() == null ? "" : byId.get(o.lineManagerId()).staffNumber(),
                        String.valueOf(o.politicallyRestricted()), String.valueOf(o.statutoryRole()),
                        String.valueOf(o.startDate()), String.valueOf(o.leaveDate()), people.areaName(o.serviceAreaId())))
                .toList();
    }

    private static List<String> memberLines(PeopleService people) {
        return people.members().stream()
                .map(m -> people.memberValues(m).toString())
                .sorted()
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theSameSeedGivesTheSamePeopleAndAnotherSeedGivesOthers(TestDatabases.Kind kind) {
        try (AppContext first = context(kind); AppContext second = context(kind); AppContext other = context(kind)) {
            DemoSummary a = load(first, 42);
            DemoSummary b = load(second, 42);
            DemoSummary c = load(other, 43);

            assertThat(b.authorityName()).isEqualTo(a.authorityName());
            assertThat(officerLines(second.people())).isEqualTo(officerLines(first.people()));
            assertThat(memberLines(second.people())).isEqualTo(memberLines(first.people()));
            assertThat(second.people().wards()).extracting(w -> w.name())
                    .isEqualTo(first.people().wards().stream().map(w -> w.name()).toList());

            assertThat(officerLines(other.people())).isNotEqualTo(officerLines(first.people()));
            assertThat(memberLines(other.people())).isNotEqualTo(memberLines(first.people()));
            assertThat(c).isNotEqualTo(a);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aSmallAuthorityHasAboutSixtyMembersInFourGroupsAndEightHundredOfficers(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            DemoSummary summary = load(app, 1);
            PeopleService people = app.people();

            assertThat(people.profile().name()).isEqualTo(summary.authorityName()).endsWith("Council");
            assertThat(people.countMembers()).isEqualTo(summary.members()).isBetween(55, 70);
            assertThat(people.countOfficers()).isEqualTo(summary.officers()).isBetween(700, 950);
            assertThat(people.groups()).hasSize(4);
            assertThat(people.wards()).hasSize(20);
            assertThat(people.directorates()).hasSizeBetween(6, 8);
            assertThat(people.serviceAreas()).hasSizeBetween(25, 40);
            assertThat(people.members()).filteredOn(m -> !m.hasLeftBy(TODAY))
                    .allSatisfy(m -> assertThat(m.termEnd()).isAfter(TODAY));
            assertThat(people.history(PeopleService.OFFICER, people.officers().get(0).id())).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void everyOfficerButTheChiefExecutiveReportsToSomeoneMoreSenior(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            load(app, 5);
            List<Officer> officers = app.people().officers();
            Map<Long, Officer> byId = officers.stream().collect(Collectors.toMap(Officer::id, Function.identity()));

            assertThat(officers).filteredOn(o -> o.tier() == Tier.CHIEF_EXECUTIVE).hasSize(1)
                    .allSatisfy(o -> assertThat(o.lineManagerId()).isNull());
            assertThat(officers).filteredOn(o -> o.tier() != Tier.CHIEF_EXECUTIVE).allSatisfy(o -> {
                assertThat(o.lineManagerId()).as(o.post()).isNotNull();
                assertThat(byId.get(o.lineManagerId()).tier()).as(o.post()).isLessThan(o.tier());
            });
            assertThat(officers).filteredOn(o -> o.tier() <= Tier.HEAD_OF_SERVICE)
                    .allSatisfy(o -> assertThat(o.politicallyRestricted()).as(o.post()).isTrue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void eachStatutoryRoleHasExactlyOneCurrentHolder(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            load(app, 9);
            List<Officer> current = app.people().officers().stream().filter(o -> !o.hasLeftBy(TODAY)).toList();

            for (StatutoryRole role : StatutoryRole.values()) {
                assertThat(current).filteredOn(o -> o.statutoryRole() == role).as(role.label()).hasSize(1);
            }
            assertThat(current).filteredOn(o -> o.statutoryRole() == StatutoryRole.MONITORING_OFFICER)
                    .extracting(Officer::post).singleElement().asString().contains("Legal");
            assertThat(current).filteredOn(o -> o.statutoryRole() == StatutoryRole.HEAD_OF_PAID_SERVICE)
                    .extracting(Officer::tier).containsExactly(Tier.CHIEF_EXECUTIVE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theCouncilHasALeaderCabinetAndGroupLeadersWhoBelongToTheirGroups(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            load(app, 3);
            PeopleService people = app.people();
            List<Member> sitting = people.members().stream().filter(m -> !m.hasLeftBy(TODAY)).toList();

            assertThat(sitting).filteredOn(m -> has(m, "Leader of the Council")).hasSize(1);
            assertThat(sitting).filteredOn(m -> has(m, "Deputy Leader of the Council")).hasSize(1);
            assertThat(sitting).filteredOn(m -> has(m, "Cabinet Member for")).hasSizeBetween(6, 10);
            for (PoliticalGroup group : people.groups()) {
                assertThat(group.leaderMemberId()).as(group.name()).isNotNull();
                Member leader = people.member(group.leaderMemberId()).orElseThrow();
                assertThat(leader.groupOn(TODAY)).as(group.name()).contains(group.id());
                assertThat(has(leader, "Leader of the " + group.name() + " Group")).isTrue();
            }
        }
    }

    private static boolean has(Member m, String rolePrefix) {
        return m.responsibilitiesOn(TODAY).stream().anyMatch(r -> r.role().startsWith(rolePrefix));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void refusesAFolderThatAlreadyHasPeopleAndLeavesItAsItWas(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            load(app, 1);
            int officers = app.people().countOfficers();

            assertThatThrownBy(() -> load(app, 2)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("empty data folder");
            assertThat(app.people().countOfficers()).isEqualTo(officers);
        }
    }
}
