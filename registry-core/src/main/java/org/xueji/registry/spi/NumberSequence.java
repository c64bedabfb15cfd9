package org.xueji.registry.spi;

/**
 * Allocates serial numbers per key, such as the serials of regional student numbers under one
 * prefix and the sequences of J registry numbers under one location and birth date.
 *
 * <p>Allocation is outside any {@link UnitOfWork} transaction: a number once handed out is never
 * handed out again for that key, even if the transaction that asked for it rolls back, so gaps
 * may appear and reuse never does. Concurrent calls for one key get distinct numbers. A SQL
 * adapter uses a sequence or a counter row updated in a transaction of its own.
 *
 * <p>Implementations must be thread-safe.
 */
public interface NumberSequence {

    /**
     * Allocates the next number for a key: 1 for the first call, then higher numbers.
     *
     * @param key  the key, such as a regional number prefix, not blank, not null
     * @return the number, at least 1, never returned before for this key
     */
    long next(String key);
}
