package org.probity.security;

import java.util.Objects;

/** Who is signed in to this Probity. Until someone signs in it is the sole user of an unshared database. */
public final class CurrentUser {

    private volatile UserAccount account;

    public CurrentUser(UserAccount initial) {
        this.account = Objects.requireNonNull(initial);
    }

    public UserAccount account() {
        return account;
    }

    public String loginName() {
        return account.loginName();
    }

    public Role role() {
        return account.role();
    }

    void signedIn(UserAccount signedIn) {
        this.account = Objects.requireNonNull(signedIn);
    }
}
