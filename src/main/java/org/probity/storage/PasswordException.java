package org.probity.storage;

/** The database is encrypted and the password given was missing or wrong. */
public final class PasswordException extends StorageException {

    private final boolean missing;

    private PasswordException(String message, boolean missing, Throwable cause) {
        super(message, cause);
        this.missing = missing;
    }

    public static PasswordException missing() {
        return new PasswordException("This database is encrypted. Enter its password to open it.", true, null);
    }

    public static PasswordException wrong(Throwable cause) {
        return new PasswordException("The password is not right for this database. Check Caps Lock and try again."
                + " The database has not been changed.", false, cause);
    }

    /** True when no password was given at all, rather than a wrong one. */
    public boolean missingPassword() {
        return missing;
    }
}
