package org.probity.security;

/** A sign-in was refused: unknown name, wrong password or an account that has been closed. */
public final class SignInException extends RuntimeException {

    public SignInException(String message) {
        super(message);
    }
}
