package org.probity.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a signed-in person may do. */
public enum Role {
    /** Everything, including managing users and granting confidential records. */
    MONITORING_OFFICER("Monitoring Officer"),
    /** Everything except managing users. */
    DEPUTY("Deputy Monitoring Officer"),
    /** Keeps the registers; sees confidential fields only on records granted to them. */
    CLERK("Clerk"),
    /** Reads the registers; changes nothing, and sees confidential fields only where granted. */
    READ_ONLY("Read-only");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canWrite() {
        return this != READ_ONLY;
    }

    public boolean seesAllConfidential() {
        return this == MONITORING_OFFICER || this == DEPUTY;
    }

    public static Optional<Role> parse(String text) {
        String t = text == null ? "" : text.strip().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(t) || r.label.equalsIgnoreCase(text.strip()))
                .findFirst();
    }
}
