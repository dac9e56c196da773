package org.probity.enquiries;

/** The figures for one service area, directorate or officer; {@code id} is null for "none recorded". */
public record PerformanceGroup(Long id, String name, PerformanceFigures figures) {
}
