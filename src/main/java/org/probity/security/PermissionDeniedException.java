package org.probity.security;

/** The signed-in person may not do this; the message says so and who can help. */
public final class PermissionDeniedException extends RuntimeException {

    public PermissionDeniedException(String message) {
        super(message);
    }
}
