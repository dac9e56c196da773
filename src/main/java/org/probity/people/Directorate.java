package org.probity.people;

/** A directorate of the authority, led by a Director. */
public record Directorate(Long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
