package org.probity.reports;

import java.util.Locale;
import java.util.Optional;

/** The files a report is saved as. */
public enum ReportFormat {
    PDF("pdf", "PDF document"),
    DOCX("docx", "Word document");

    private final String extension;
    private final String label;

    ReportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    public static Optional<ReportFormat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.extension.equals(t)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
