package org.probity.relationships.ui;

import org.probity.people.PersonRef;

/** A member or officer offered as a party to a declaration or as the person who declared it. */
public record PersonChoice(PersonRef ref, String name, String label) {

    @Override
    public String toString() {
        return label;
    }
}
