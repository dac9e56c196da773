package org.probity.transfer;

/** A file could not be read or written; the message says which and what to do. */
public final class TransferException extends RuntimeException {

    public TransferException(String message) {
        super(message);
    }

    public TransferException(String message, Throwable cause) {
        super(message, cause);
    }
}
