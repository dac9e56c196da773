package org.probity.storage;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction. Services use this so that a change and its audit
 * entry are written together or not at all, without seeing the persistence technology.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
