package org.probity.complaints;

import java.time.LocalDate;
import java.util.Map;

/**
 * The figures for complaints received in a period, as the annual report gives them. Every
 * complaint is counted once in each breakdown: {@code byOutcome} counts those still open under
 * {@link #STILL_OPEN}, and each is either {@code withinTarget} or {@code late}.
 */
public record ComplaintStatistics(LocalDate from, LocalDate to, int received, int closed, int stillOpen,
                                  Map<ComplaintDirection, Integer> byDirection,
                                  Map<ComplaintCategory, Integer> byCategory, Map<ComplaintRoute, Integer> byRoute,
                                  Map<String, Integer> byOutcome, int withinTarget, int late,
                                  int independentPersonConsulted, int noticesPublished, int reviewsRequested) {

    public static final String STILL_OPEN = "Still open";

    public ComplaintStatistics {
        byDirection = Map.copyOf(byDirection);
        byCategory = Map.copyOf(byCategory);
        byRoute = Map.copyOf(byRoute);
        byOutcome = Map.copyOf(byOutcome);
    }
}
