package org.probity.enquiries;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Adds up enquiries one at a time into {@link PerformanceFigures}. Days to reply are kept as
 * a histogram (a count per number of working days), so a year of enquiries needs no sorting
 * and little memory.
 */
final class PerformanceTally {

    private int count;
    private int replied;
    private int judged;
    private int withinTarget;
    private int holdingReplies;
    private int escalations;
    private int refusals;
    private int[] daysHistogram = new int[32];

    /** {@code workingDaysToReply} is ignored unless {@code replied}. */
    void add(boolean isReplied, boolean late, boolean inTarget, int workingDaysToReply, boolean holding,
             boolean escalated, boolean refused) {
        count++;
        if (isReplied) {
            replied++;
            judged++;
            if (inTarget) {
                withinTarget++;
            }
            int days = Math.max(0, workingDaysToReply);
            if (days >= daysHistogram.length) {
                daysHistogram = Arrays.copyOf(daysHistogram, Math.max(days + 1, daysHistogram.length * 2));
            }
            daysHistogram[days]++;
        } else if (late) {
            judged++;
        }
        if (holding) {
            holdingReplies++;
        }
        if (escalated) {
            escalations++;
        }
        if (refused) {
            refusals++;
        }
    }

    PerformanceFigures figures() {
        OptionalDouble percent = judged == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(withinTarget * 100.0 / judged);
        return new PerformanceFigures(count, replied, judged, withinTarget, percent, nearestRank(50),
                nearestRank(90), holdingReplies, escalations, refusals);
    }

    /** The value at rank ⌈p/100 × n⌉ of the days to reply in ascending order. */
    OptionalInt nearestRank(int percentile) {
        if (replied == 0) {
            return OptionalInt.empty();
        }
        long rank = Math.max(1, (percentile * (long) replied + 99) / 100);
        long seen = 0;
        for (int days = 0; days < daysHistogram.length; days++) {
            seen += daysHistogram[days];
            if (seen >= rank) {
                return OptionalInt.of(days);
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + replied + " replies");
    }
}
