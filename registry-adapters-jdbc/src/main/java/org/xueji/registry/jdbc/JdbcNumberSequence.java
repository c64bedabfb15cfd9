package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.RetryPolicy;
import org.xueji.registry.jdbc.internal.SqlDialect;
import org.xueji.registry.spi.NumberSequence;

/**
 * Allocates serial numbers per key from counter rows in the {@code number_sequence} table, one
 * row per key: the serials of regional student numbers (地区学号) under one prefix and the
 * sequences of J registry numbers under one location and birth date, as {@link NumberSequence}
 * describes. The names of the rows from which the audit trail, the outbox and the problem queue
 * take blocks ({@code audit_entry}, {@code event_outbox}, {@code problem_record}) are not keys.
 *
 * <p>Each allocation runs in a short transaction of its own, on a connection of its own, even
 * when the caller is inside a transaction: a number handed out is never handed out again, even
 * if the caller's transaction rolls back (the number is then a gap). Concurrent callers, in this
 * process or another, wait for the counter row's lock and get different numbers. Each prefix
 * (county, year, district and feature digit) has its own row, so counties do not contend for one
 * hot row. Because of the separate connection, the data source must be able to lend one more
 * connection than the caller's transaction holds. Thread-safe.
 */
public final class JdbcNumberSequence implements NumberSequence {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcNumberSequence.class);
    private static final int MAX_PREFIX_LENGTH = 32;
    private static final List<String> RESERVED =
            List.of("audit_entry", "event_outbox", "problem_record");

    private final JdbcTransactions transactions;
    private final SqlDialect sql;

    JdbcNumberSequence(DataSource dataSource, Dialect dialect, RetryPolicy retryPolicy) {
        this.transactions = new JdbcTransactions(dataSource, retryPolicy);
        this.sql = SqlDialect.of(dialect);
    }

    /**
     * Allocates the next number of a key: one for a key never seen, then two, three and so on.
     * Does not check that the number fits the digits a regional number has for it.
     *
     * @param prefix  the key, 1 to 32 characters, not blank, not null
     * @return the number, at least one
     * @throws IllegalArgumentException if the key is blank, longer than 32 characters or the
     *     name of one of the adapter's own counters
     * @throws org.xueji.registry.RegistryException with {@code STORAGE_FAILURE} if the database
     *     fails
     */
    @Override
    public long next(String prefix) {
        checkKey(prefix);
        long number = transactions.withConnection("分配地区学号序号",
                "allocating a regional number",
                connection -> sql.increment(
                        connection, "number_sequence", "prefix", "last_value", prefix));
        LOG.trace("Allocated number {} for prefix {}", number, prefix);
        return number;
    }

    /**
     * Allocates a block of numbers of a key with one increment of its counter row, in a short
     * transaction of its own as {@link #next(String)} does.
     *
     * @param prefix  the key, 1 to 32 characters, not blank, not null
     * @param count  how many numbers, positive
     * @return the numbers, consecutive, in increasing order, not null
     * @throws IllegalArgumentException if the key is not a valid key or the count not positive
     * @throws org.xueji.registry.RegistryException with {@code STORAGE_FAILURE} if the database
     *     fails
     */
    @Override
    public long[] next(String prefix, int count) {
        checkKey(prefix);
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        long last = transactions.withConnection("分配地区学号序号",
                "allocating regional numbers",
                connection -> sql.increment(
                        connection, "number_sequence", "prefix", "last_value", prefix, count));
        long[] numbers = new long[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = last - count + 1 + i;
        }
        LOG.trace("Allocated numbers {} to {} for prefix {}", numbers[0], last, prefix);
        return numbers;
    }

    private static void checkKey(String prefix) {
        requireNonNull(prefix, "prefix");
        if (prefix.isEmpty() || prefix.length() > MAX_PREFIX_LENGTH) {
            throw new IllegalArgumentException(
                    "a prefix has 1 to " + MAX_PREFIX_LENGTH + " characters: " + prefix.length());
        }
        if (prefix.isBlank() || RESERVED.contains(prefix)) {
            throw new IllegalArgumentException("not a key: '" + prefix + "'");
        }
    }
}
