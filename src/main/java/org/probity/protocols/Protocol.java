package org.probity.protocols;

/** A protocol the authority keeps, such as the Member/Officer Relations Protocol. */
public record Protocol(Long id, String title, String summary) {

    public Protocol withId(long newId) {
        return new Protocol(newId, title, summary);
    }
}
