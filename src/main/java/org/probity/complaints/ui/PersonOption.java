package org.probity.complaints.ui;

import org.probity.people.PersonRef;

/** A member or officer offered in a list, with the name shown. */
public record PersonOption(PersonRef ref, String name) {

    @Override
    public String toString() {
        return name;
    }
}
