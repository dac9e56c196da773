package org.probity.enquiries;

import java.time.LocalDate;
import java.util.List;

/**
 * How the authority answered the enquiries received from {@code from} to {@code to}, judged as
 * of {@code asOf}: overall, and per service area, directorate and assigned officer (each list
 * in name order).
 */
public record EnquiryPerformance(LocalDate from, LocalDate to, LocalDate asOf, PerformanceFigures overall,
                                 List<PerformanceGroup> byServiceArea, List<PerformanceGroup> byDirectorate,
                                 List<PerformanceGroup> byOfficer) {

    public EnquiryPerformance {
        byServiceArea = List.copyOf(byServiceArea);
        byDirectorate = List.copyOf(byDirectorate);
        byOfficer = List.copyOf(byOfficer);
    }
}
