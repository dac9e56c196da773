package org.probity.enquiries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.common.ValidationException;
import org.probity.storage.TestDatabases;

/**
 * The performance figures on ten enquiries worked out by hand (England and Wales, February and
 * March 2026, no bank holidays; judged on Friday 20 March 2026).
 *
 * <pre>
 *       received  kind   target due  replied           working days  within  notes             area / officer
 *  E1   Mon 2 Feb  5 wd  Mon 9 Feb   Wed 4 Feb          2            yes                       Housing / Wong
 *  E2   Mon 2 Feb  5 wd  Mon 9 Feb   Mon 9 Feb          5            yes                       Housing / Wong
 *  E3   Mon 2 Feb  5 wd  Mon 9 Feb   Tue 10 Feb         6            no      holding reply     Housing / Wong
 *                                                                           (expected 12 Feb)
 *  E4   Tue 3 Feb  5 wd  Tue 10 Feb  Thu 12 Feb         7            no      escalated         Housing / Wong
 *  E5   Wed 4 Feb  7 wd  Fri 13 Feb  Fri 13 Feb refused 7            yes     refusal           Planning / Hughes
 *  E6   Mon 9 Feb  5 wd  Mon 16 Feb  Mon 9 Feb          0            yes                       Planning / Hughes
 *  E7   Mon 16 Feb 5 wd  Mon 23 Feb  Mon 2 Mar          10           no                        Revenues / Reid
 *  E8   Mon 2 Mar  5 wd  Mon 9 Mar   not yet            -            late (judged, not replied) Revenues / Reid
 *  E9   Wed 18 Mar 5 wd  Wed 25 Mar  not yet            -            not judged yet            Revenues / Reid
 *  E10  Tue 3 Feb  5 wd  Tue 10 Feb  Wed 4 Feb          1            yes                       none / none
 *  (E11 received Fri 30 Jan, before the period, is left out.)
 * </pre>
 * Overall: 10 received, 8 replied, 9 judged, 5 within target = 55.6 %. Days sorted
 * 0 1 2 5 6 7 7 10: median at rank ⌈0.5 × 8⌉ = 4 → 5; 90th percentile at rank ⌈0.9 × 8⌉ = 8 → 10.
 */
class EnquiryPerformanceTest {

    private static LocalDate feb(int day) {
        return LocalDate.of(2026, 2, day);
    }

    private static LocalDate mar(int day) {
        return LocalDate.of(2026, 3, day);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void figuresOverallAndPerServiceAreaDirectorateAndOfficerMatchTheHandWorkedFixture(TestDatabases.Kind kind) {
        try (Council c = new Council(kind, mar(20))) {
            EnquiryService s = c.enquiries;
            s.answer(c.receive(feb(2), EnquiryKind.OTHER, c.housing, c.housingOfficer).id(), feb(4));
            s.answer(c.receive(feb(2), EnquiryKind.WARD_CASEWORK, c.housing, c.housingOfficer).id(), feb(9));
            Enquiry e3 = c.receive(feb(2), EnquiryKind.SERVICE_REQUEST_CHASE, c.housing, c.housingOfficer);
            s.sendHoldingReply(e3.id(), feb(6), feb(12));
            s.answer(e3.id(), feb(10));
            Enquiry e4 = c.receive(feb(3), EnquiryKind.OTHER, c.housing, c.housingOfficer);
            s.escalate(e4.id(), feb(11), c.director.id(), null);
            s.answer(e4.id(), feb(12));
            Enquiry e5 = c.receive(feb(4), EnquiryKind.INFORMATION_REQUEST, c.planning, c.planner);
            s.recordRefusal(e5.id(), Refusal.made(feb(13), "Exempt information"));
            s.answer(c.receive(feb(9), EnquiryKind.OTHER, c.planning, c.planner).id(), feb(9));
            s.answer(c.receive(feb(16), EnquiryKind.OTHER, c.revenues, c.revenuesOfficer).id(), mar(2));
            c.receive(mar(2), EnquiryKind.OTHER, c.revenues, c.revenuesOfficer);
            c.receive(mar(18), EnquiryKind.OTHER, c.revenues, c.revenuesOfficer);
            s.answer(c.receive(feb(3), EnquiryKind.OTHER, null, null).id(), feb(4));
            s.answer(c.receive(LocalDate.of(2026, 1, 30), EnquiryKind.OTHER, c.housing, c.housingOfficer).id(),
                    feb(2));

            EnquiryPerformance p = s.performance(feb(1), mar(20));

            assertThat(p.asOf()).isEqualTo(mar(20));
            PerformanceFigures all = p.overall();
            assertThat(all.count()).isEqualTo(10);
            assertThat(all.replied()).isEqualTo(8);
            assertThat(all.judged()).isEqualTo(9);
            assertThat(all.withinTarget()).isEqualTo(5);
            assertThat(all.percentWithinTarget().getAsDouble()).isCloseTo(55.556, within(0.001));
            assertThat(all.medianWorkingDays()).hasValue(5);
            assertThat(all.ninetiethPercentileWorkingDays()).hasValue(10);
            assertThat(all.holdingReplies()).isEqualTo(1);
            assertThat(all.escalations()).isEqualTo(1);
            assertThat(all.refusals()).isEqualTo(1);

            assertThat(p.byServiceArea()).extracting(PerformanceGroup::name)
                    .containsExactly("Housing", "Planning", "Revenues", "No service area");
            assertFigures(p.byServiceArea().get(0), 4, 4, 4, 2, 50.0, 5, 7);
            assertFigures(p.byServiceArea().get(1), 2, 2, 2, 2, 100.0, 0, 7);
            assertFigures(p.byServiceArea().get(2), 3, 1, 2, 0, 0.0, 10, 10);
            assertFigures(p.byServiceArea().get(3), 1, 1, 1, 1, 100.0, 1, 1);
            assertThat(p.byServiceArea().get(0).figures().holdingReplies()).isEqualTo(1);
            assertThat(p.byServiceArea().get(1).figures().refusals()).isEqualTo(1);

            assertThat(p.byDirectorate()).extracting(PerformanceGroup::name)
                    .containsExactly("Place", "Resources", "No directorate");
            assertFigures(p.byDirectorate().get(0), 6, 6, 6, 4, 400.0 / 6, 5, 7);
            assertFigures(p.byDirectorate().get(1), 3, 1, 2, 0, 0.0, 10, 10);

            assertThat(p.byOfficer()).extracting(PerformanceGroup::name)
                    .containsExactly("Hughes, Ada", "Reid, Tom", "Wong, Lee", "No officer assigned");
            assertFigures(p.byOfficer().get(2), 4, 4, 4, 2, 50.0, 5, 7);
            assertThat(p.byOfficer().get(2).figures().escalations()).isEqualTo(1);

            // The committee's figures: the same, without an officer's.
            EnquiryPerformance committee = s.performanceByDirectorate(feb(1), mar(20));
            assertThat(committee.overall()).isEqualTo(all);
            assertThat(committee.byDirectorate()).isEqualTo(p.byDirectorate());
            assertThat(committee.byServiceArea()).isEqualTo(p.byServiceArea());
            assertThat(committee.byOfficer()).isEmpty();
            // An escalated enquiry received outside the period is not counted in it.
            Enquiry later = c.receive(mar(18), EnquiryKind.OTHER, c.housing, c.housingOfficer);
            s.escalate(later.id(), mar(19), c.director.id(), null);
            assertThat(s.performance(feb(1), feb(28)).overall().escalations()).isEqualTo(1);
            assertThat(s.performance(feb(1), mar(20)).overall().escalations()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void eachYearsShareWithinTargetAndTheRefusalsAgreeWithTheFullFigures(TestDatabases.Kind kind) {
        try (Council c = new Council(kind, mar(20))) {
            EnquiryService s = c.enquiries;
            LocalDate lastYear = LocalDate.of(2025, 6, 2);
            s.answer(c.receive(lastYear, EnquiryKind.OTHER, c.housing, c.housingOfficer).id(), lastYear.plusDays(1));
            s.answer(c.receive(lastYear, EnquiryKind.OTHER, c.housing, c.housingOfficer).id(), lastYear.plusDays(30));
            c.receive(lastYear, EnquiryKind.OTHER, c.housing, c.housingOfficer);
            s.answer(c.receive(feb(2), EnquiryKind.OTHER, c.housing, c.housingOfficer).id(), feb(4));
            Enquiry refused = c.receive(feb(4), EnquiryKind.INFORMATION_REQUEST, c.planning, c.planner);
            s.recordRefusal(refused.id(), Refusal.made(feb(20), "Exempt information").copiedToMonitoringOfficer(feb(23)));
            s.recordRefusal(c.receive(feb(5), EnquiryKind.INFORMATION_REQUEST, c.planning, c.planner).id(),
                    Refusal.made(feb(6), "Not held"));
            c.receive(mar(18), EnquiryKind.OTHER, c.revenues, c.revenuesOfficer);

            List<YearOnTarget> years = s.onTargetByYear(2024, 2026);

            assertThat(years).extracting(YearOnTarget::year).containsExactly(2025, 2026);
            for (YearOnTarget y : years) {
                PerformanceFigures full = s.performance(LocalDate.of(y.year(), 1, 1),
                        LocalDate.of(y.year(), 12, 31)).overall();
                assertThat(List.of(y.judged(), y.withinTarget())).as("year " + y.year())
                        .containsExactly(full.judged(), full.withinTarget());
            }
            assertThat(years.get(0).percentWithinTarget().getAsDouble()).isCloseTo(100.0 / 3, within(0.001));
            assertThat(s.refusals(feb(1), mar(20))).isEqualTo(new RefusalCounts(2, 1, 0));
            assertThat(s.refusals(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                    .isEqualTo(new RefusalCounts(0, 0, 0));
        }
    }

    private static void assertFigures(PerformanceGroup group, int count, int replied, int judged, int within,
                                      double percent, int median, int ninetieth) {
        PerformanceFigures f = group.figures();
        assertThat(List.of(f.count(), f.replied(), f.judged(), f.withinTarget()))
                .as(group.name()).containsExactly(count, replied, judged, within);
        assertThat(f.percentWithinTarget().getAsDouble()).as(group.name()).isCloseTo(percent, within(0.001));
        assertThat(f.medianWorkingDays()).as(group.name()).hasValue(median);
        assertThat(f.ninetiethPercentileWorkingDays()).as(group.name()).hasValue(ninetieth);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aPeriodWithNoEnquiriesHasNoPercentageOrPercentilesAndAPeriodMustRunForwards(TestDatabases.Kind kind) {
        try (Council c = new Council(kind, mar(20))) {
            PerformanceFigures none = c.enquiries.performance(feb(1), feb(28)).overall();

            assertThat(none.count()).isZero();
            assertThat(none.percentWithinTarget()).isEmpty();
            assertThat(none.medianWorkingDays()).isEmpty();
            assertThatThrownBy(() -> c.enquiries.performance(feb(28), feb(1)))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).messageFor("to"))
                            .contains("cannot be before its start"));
        }
    }
}
