package org.probity.enquiries;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Nearest rank: the value at rank ⌈p/100 × n⌉ of the sorted working days, never an interpolation. */
class PerformanceTallyTest {

    private static PerformanceTally replies(int... days) {
        PerformanceTally tally = new PerformanceTally();
        for (int d : days) {
            tally.add(true, false, true, d, false, false, false);
        }
        return tally;
    }

    @Test
    void tenRepliesTakingOneToTenDays() {
        PerformanceTally tally = replies(10, 3, 7, 1, 9, 2, 8, 4, 6, 5);

        assertThat(tally.nearestRank(50)).hasValue(5);
        assertThat(tally.nearestRank(90)).hasValue(9);
        assertThat(tally.nearestRank(100)).hasValue(10);
    }

    @Test
    void twoRepliesGiveTheLowerAsMedianAndTheHigherAsNinetiethPercentile() {
        PerformanceTally tally = replies(2, 40);

        assertThat(tally.nearestRank(50)).hasValue(2);
        assertThat(tally.nearestRank(90)).hasValue(40);
    }

    @Test
    void oneReplyIsEveryPercentile() {
        assertThat(replies(3).nearestRank(50)).hasValue(3);
        assertThat(replies(3).nearestRank(90)).hasValue(3);
    }

    @Test
    void elevenRepliesPutTheNinetiethPercentileAtRankTen() {
        PerformanceTally tally = replies(0, 0, 1, 1, 1, 2, 3, 5, 8, 13, 21);

        assertThat(tally.nearestRank(50)).as("rank 6").hasValue(2);
        assertThat(tally.nearestRank(90)).as("rank ⌈9.9⌉ = 10").hasValue(13);
    }

    @Test
    void noRepliesHaveNoPercentiles() {
        PerformanceTally tally = new PerformanceTally();
        tally.add(false, true, false, 0, false, false, false);

        assertThat(tally.nearestRank(50)).isEmpty();
        assertThat(tally.figures().percentWithinTarget()).hasValue(0.0);
        assertThat(tally.figures().judged()).isEqualTo(1);
    }
}
