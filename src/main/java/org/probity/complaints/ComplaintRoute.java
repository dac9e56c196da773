package org.probity.complaints;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who deals with a complaint, under which procedure. */
public enum ComplaintRoute {
    LINE_MANAGER("Line manager or Director (may go on to the Monitoring Officer)"),
    DIRECTOR("The officer's Director"),
    CHIEF_EXECUTIVE("The Chief Executive"),
    MONITORING_OFFICER("The Monitoring Officer"),
    CODE_OF_CONDUCT("Monitoring Officer's code-of-conduct procedure");

    private final String label;

    ComplaintRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The procedure a complaint on this route follows. */
    public String procedureCode() {
        return this == CODE_OF_CONDUCT ? ComplaintProcedure.CODE_OF_CONDUCT : ComplaintProcedure.PROTOCOL;
    }

    /** Reads a label or a constant name, ignoring case, as typed in a file or on the command line. */
    public static Optional<ComplaintRoute> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.label.toLowerCase(Locale.ROOT).equals(wanted)
                || v.name().toLowerCase(Locale.ROOT).equals(wanted.replace(' ', '_').replace('-', '_')))
                .findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
