package org.probity.reports.document;

/** Who wrote the report and how to reach them, printed at its end. */
public record Author(String name, String role, String contact) {
}
