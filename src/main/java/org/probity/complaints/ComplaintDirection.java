package org.probity.complaints;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.probity.people.PersonType;

/** Who complained about whom: the protocols route each direction differently. */
public enum ComplaintDirection {
    OFFICER_ABOUT_MEMBER("Officer about a member"),
    MEMBER_ABOUT_OFFICER("Member about an officer"),
    MEMBER_ABOUT_MEMBER("Member about a member");

    private final String label;

    ComplaintDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public PersonType complainantType() {
        return this == OFFICER_ABOUT_MEMBER ? PersonType.OFFICER : PersonType.MEMBER;
    }

    public PersonType subjectType() {
        return this == MEMBER_ABOUT_OFFICER ? PersonType.OFFICER : PersonType.MEMBER;
    }

    /** Reads a label or a constant name, ignoring case, as typed in a file or on the command line. */
    public static Optional<ComplaintDirection> parse(String text) {
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
