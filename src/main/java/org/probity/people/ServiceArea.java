package org.probity.people;

/** A service area (e.g. Housing), usually within a directorate; portfolios and posts refer to it. */
public record ServiceArea(Long id, String name, Long directorateId) {

    @Override
    public String toString() {
        return name;
    }
}
