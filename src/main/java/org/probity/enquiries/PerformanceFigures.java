package org.probity.enquiries;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How a set of enquiries was answered. {@code count} were received in the period; {@code
 * replied} have had an answer or a refusal. {@code judged} are those whose result is known:
 * replied, or still waiting with the target passed (already late); an enquiry still waiting
 * within its target is left out until it is answered or late. {@code withinTarget} were
 * replied to on or before the target date (never the date of a holding reply), and the
 * percentage is of {@code judged}. The median and the 90th percentile are of the working days
 * from receipt to reply, by the nearest-rank method: the value at rank ⌈p × n⌉ in ascending
 * order, so always a number of days some enquiry actually took.
 */
public record PerformanceFigures(int count, int replied, int judged, int withinTarget,
                                 OptionalDouble percentWithinTarget, OptionalInt medianWorkingDays,
                                 OptionalInt ninetiethPercentileWorkingDays, int holdingReplies, int escalations,
                                 int refusals) {
}
