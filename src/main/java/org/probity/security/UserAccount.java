package org.probity.security;

/** A person who may sign in to Probity. */
public record UserAccount(Long id, String loginName, String fullName, Role role, boolean active) {

    /** Used when no accounts have been set up: one person on their own laptop, with every right. */
    public static UserAccount soleUser(String loginName) {
        return new UserAccount(null, loginName, loginName, Role.MONITORING_OFFICER, true);
    }

    /** Nobody yet, where accounts exist: may read what is not confidential, and change nothing. */
    public static UserAccount notSignedIn() {
        return new UserAccount(null, "(not signed in)", "Not signed in", Role.READ_ONLY, false);
    }
}
