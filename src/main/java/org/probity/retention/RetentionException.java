package org.probity.retention;

/** A disposal or hold refused, with a message naming the records and saying what to do. Nothing was changed. */
public final class RetentionException extends RuntimeException {

    public RetentionException(String message) {
        super(message);
    }
}
