package org.probity.protocols;

import java.time.LocalDate;

/**
 * One version of a protocol. {@code number} counts the versions of one protocol from 1;
 * {@code adoptedBy} names the body whose decision brought it into force.
 */
public record ProtocolVersion(Long id, long protocolId, int number, VersionStatus status, LocalDate adoptedOn,
                              String adoptedBy, String constitutionPart, LocalDate nextReviewOn,
                              String sourceName) {

    /** "Version 2 (adopted 5 Dec 2017)" style label without the date formatting, for lists. */
    public String label() {
        return "Version " + number;
    }

    public ProtocolVersion withId(long newId) {
        return new ProtocolVersion(newId, protocolId, number, status, adoptedOn, adoptedBy, constitutionPart,
                nextReviewOn, sourceName);
    }

    public ProtocolVersion adopted(LocalDate on, String by, LocalDate nextReview) {
        return new ProtocolVersion(id, protocolId, number, VersionStatus.ADOPTED, on, by, constitutionPart,
                nextReview, sourceName);
    }

    public ProtocolVersion superseded() {
        return new ProtocolVersion(id, protocolId, number, VersionStatus.SUPERSEDED, adoptedOn, adoptedBy,
                constitutionPart, nextReviewOn, sourceName);
    }
}
