package org.probity.audit;

/** The first audit entry whose seal does not match what is stored, and why. */
public record ChainBreak(long entryId, String description, String reason) {

    public String message() {
        return "Audit entry " + entryId + " (" + description + ") " + reason;
    }
}
