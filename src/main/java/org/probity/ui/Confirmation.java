package org.probity.ui;

/**
 * Asks the user to confirm something that cannot be undone or would lose work. View models
 * take one so that the question is theirs while the dialog stays in the view; tests answer it.
 */
@FunctionalInterface
public interface Confirmation {

    /** Returns true if the user agreed. */
    boolean confirm(String title, String question);

    Confirmation ALWAYS = (title, question) -> true;
}
