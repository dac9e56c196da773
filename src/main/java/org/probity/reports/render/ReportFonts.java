package org.probity.reports.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The open-licence font shipped with the application and embedded in every report. */
final class ReportFonts {

    static final String FAMILY = "DejaVu Sans";
    static final String REGULAR = "/org/probity/fonts/DejaVuSans.ttf";
    static final String BOLD = "/org/probity/fonts/DejaVuSans-Bold.ttf";

    private ReportFonts() {
    }

    static InputStream open(String resource) {
        InputStream in = ReportFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("the report font " + resource
                    + " is missing from the application"));
        }
        return in;
    }
}
