package org.probity.people;

/** An officer's name alone, for lists that name a few hundred of a large workforce. */
public record OfficerName(String forenames, String surname) {

    /** "Forenames Surname", as on letters and lists. */
    public String displayName() {
        return forenames + " " + surname;
    }

    /** "Surname, Forenames", for lists sorted by surname. */
    public String sortName() {
        return surname + ", " + forenames;
    }
}
