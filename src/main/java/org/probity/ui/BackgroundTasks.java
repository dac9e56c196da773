package org.probity.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database, file and PDF work away from the JavaFX thread and hands the result back on
 * it. View models take this as a constructor argument, so tests can run the work at once.
 */
public interface BackgroundTasks {

    <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess,
                 Consumer<? super Throwable> onFailure);
}
