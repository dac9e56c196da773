package org.probity.cli;

/** A command could not do what was asked; the message is printed as the one-line error. */
public final class CommandFailure extends RuntimeException {

    public CommandFailure(String message) {
        super(message);
    }
}
