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

    /**
     * Allocates several numbers for a key at once, as many calls of {@link #next(String)} would:
     * each never returned before for this key, in increasing order. A SQL adapter takes them as
     * one block with one statement, so a batch of new students does not pay a transaction per
     * number; the default calls {@link #next(String)} once per number.
     *
     * @param key  the key, such as a regional number prefix, not blank, not null
     * @param count  how many numbers, positive
     * @return the numbers, {@code count} of them, each at least 1, in increasing order, not null
     * @throws IllegalArgumentException if the count is not positive
     */
    default long[] next(String key, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        long[] numbers = new long[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = next(key);
        }
        return numbers;
    }
}
