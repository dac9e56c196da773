package org.probity.attachments;

/**
 * A file could not be attached, or an attachment could not be read out; the message names the
 * file and says what to do, and nothing was stored or written.
 */
public final class AttachmentException extends RuntimeException {

    public AttachmentException(String message) {
        super(message);
    }

    public AttachmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
