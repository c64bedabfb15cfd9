package org.xueji.registry.spi;

import java.util.function.Supplier;

/**
 * Runs work as one transaction of the storage (事务): every store write inside it is kept, or,
 * if the work throws, none is.
 *
 * <p>Calls nest: {@link #inTransaction(Supplier)} inside a transaction joins it, so a use case
 * that calls another still commits or rolls back once. {@link #inNewTransaction(Supplier)} runs
 * its work in a transaction of its own that is kept even if the surrounding one rolls back; the
 * registry uses it to record a refusal in the audit trail while the refused operation fails.
 *
 * <p>Implementations must be thread-safe.
 */
public interface UnitOfWork {

    /**
     * Runs work in the current transaction, or in a new one if none is open on this thread.
     *
     * @param <T>  the type of the work's result
     * @param work  the work, not null
     * @return the work's result, may be null if the work returns null
     * @throws RuntimeException whatever the work throws, after rolling the transaction back if
     *     this call opened it
     */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs work in a transaction of its own, committed when the work returns even if a
     * surrounding transaction later rolls back.
     *
     * @param <T>  the type of the work's result
     * @param work  the work, not null
     * @return the work's result, may be null if the work returns null
     * @throws RuntimeException whatever the work throws, after rolling its transaction back
     */
    <T> T inNewTransaction(Supplier<T> work);
}
