package org.probity.subjectaccess;

/** An export could not be written; the message says where and what to do, and that nothing was left behind. */
public final class SubjectAccessException extends RuntimeException {

    public SubjectAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
