package org.probity.backup;

/** A backup could not be written, checked or restored; the message says what to do. */
public final class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
