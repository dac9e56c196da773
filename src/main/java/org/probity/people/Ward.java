package org.probity.people;

/** An electoral ward. */
public record Ward(Long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
