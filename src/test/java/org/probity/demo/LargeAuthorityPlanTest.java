package org.probity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.probity.people.StatutoryRole;

/** The large authority, checked in memory: saving twenty thousand officers belongs in a manual run. */
class LargeAuthorityPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<String> WARDS = AuthorityCatalogue.WARD_NAMES.subList(0, 50);

    @Test
    void aLargeWorkforceHasAboutTwentyThousandPeopleOverTenYears() {
        WorkforcePlan plan = new WorkforcePlan(new SplittableRandom(1), DemoScale.LARGE, TODAY);

        assertThat(plan.officers).hasSizeBetween(17_000, 23_000);
        List<WorkforcePlan.OfficerDraft> leavers = plan.officers.stream()
                .filter(o -> o.leaveDate != null && o.leaveDate.isBefore(TODAY)).toList();
        assertThat(leavers).hasSizeGreaterThan(plan.officers.size() / 3)
                .allSatisfy(o -> assertThat(o.leaveDate).isAfterOrEqualTo(TODAY.minusYears(10)));
        assertThat(leavers).filteredOn(o -> o.statutoryRole == StatutoryRole.MONITORING_OFFICER).isNotEmpty();
        assertThat(plan.officers).filteredOn(o -> o.manager != null)
                .allSatisfy(o -> assertThat(o.manager.tier).isLessThan(o.tier));
    }

    @Test
    void aLargeCouncilHasTenYearsOfElectionsWithMembersLeavingJoiningAndChangingGroup() {
        CouncilPlan plan = new CouncilPlan(new SplittableRandom(1), DemoScale.LARGE, TODAY, WARDS);

        assertThat(plan.members).hasSizeBetween(120, 180);
        assertThat(plan.members).filteredOn(m -> m.termEnd.isBefore(TODAY)).hasSizeGreaterThan(30);
        assertThat(plan.members).filteredOn(m -> m.termStart.isBefore(LocalDate.of(2016, 1, 1))).isNotEmpty();
        assertThat(plan.members).filteredOn(m -> m.groups.size() > 1 || m.groups.stream()
                .anyMatch(g -> g.to != null && g.to.isBefore(m.termEnd))).isNotEmpty();
        assertThat(plan.members).filteredOn(m -> m.roles.stream().anyMatch(r -> r.role().equals("Mayor")))
                .hasSizeGreaterThanOrEqualTo(9);
        assertThat(plan.members).allSatisfy(m -> assertThat(m.roles).allSatisfy(r ->
                assertThat(r.to() == null || !r.to().isAfter(m.termEnd)).as(r.role()).isTrue()));
    }

    @Test
    void electionsFallOnTheFirstThursdayInMayEveryFourYears() {
        assertThat(CouncilPlan.lastElectionOnOrBefore(TODAY)).isEqualTo(LocalDate.of(2023, 5, 4));
        assertThat(CouncilPlan.lastElectionOnOrBefore(LocalDate.of(2027, 5, 5))).isEqualTo(LocalDate.of(2023, 5, 4));
        assertThat(CouncilPlan.lastElectionOnOrBefore(LocalDate.of(2027, 5, 6))).isEqualTo(LocalDate.of(2027, 5, 6));
    }
}
