package org.probity.storage;

import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The jOOQ context repositories use. Inside {@link #inTransaction} every repository call on
 * this thread joins the same transaction, so services can combine several repositories and
 * the audit trail in one unit of work.
 */
public final class JooqSession implements Transactions {

    private final DSLContext root;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    public JooqSession(DSLContext root) {
        this.root = root;
    }

    public DSLContext dsl() {
        DSLContext inTransaction = current.get();
        return inTransaction != null ? inTransaction : root;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try {
            return root.transactionResult(configuration -> {
                current.set(configuration.dsl());
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
        } catch (DataAccessException e) {
            throw new StorageException(StorageMessages.describe(e), e);
        }
    }
}
