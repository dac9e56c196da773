package org.probity.enquiries;

import java.util.OptionalDouble;

/**
 * One year's enquiries, by the year they were received, measured against the target as
 * {@link PerformanceFigures} does: {@code judged} are those replied to or already late, and
 * {@code withinTarget} those replied to on or before the target date.
 */
public record YearOnTarget(int year, int judged, int withinTarget) {

    public OptionalDouble percentWithinTarget() {
        return judged == 0 ? OptionalDouble.empty() : OptionalDouble.of(withinTarget * 100.0 / judged);
    }
}
