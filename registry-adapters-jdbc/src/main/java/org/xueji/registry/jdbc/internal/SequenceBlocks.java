package org.xueji.registry.jdbc.internal;

import static java.util.Objects.requireNonNull;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out increasing sequence numbers for one named counter row of {@code number_sequence},
 * taking them from the database in blocks so that appends do not contend for the row.
 *
 * <p>Block {@code b} of size {@code n} holds the numbers {@code (b - 1) * n + 1} to
 * {@code b * n}. A block is taken in a short transaction of its own, on a connection of its own,
 * so a number is never handed out twice, even when the caller's transaction rolls back (it is
 * then a gap). Within one instance the numbers increase with each call; instances in several
 * processes interleave their blocks, so there the numbers are unique and only roughly ordered by
 * time. Thread-safe.
 */
public final class SequenceBlocks {

    private static final Logger LOG = LoggerFactory.getLogger(SequenceBlocks.class);

    private final JdbcTransactions ownTransactions;
    private final SqlDialect sql;
    private final String counter;
    private final int blockSize;
    private long next;
    private long last;

    /**
     * Creates a source of numbers for one counter row.
     *
     * @param dataSource  where connections come from, not null
     * @param sql  the engine's SQL, not null
     * @param retryPolicy  how transient failures of taking a block are retried, not null
     * @param counter  the name of the counter row, not null
     * @param blockSize  how many numbers one block holds, positive
     */
    public SequenceBlocks(DataSource dataSource, SqlDialect sql, RetryPolicy retryPolicy,
            String counter, int blockSize) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("block size must be positive: " + blockSize);
        }
        this.ownTransactions = new JdbcTransactions(dataSource, retryPolicy);
        this.sql = requireNonNull(sql, "sql");
        this.counter = requireNonNull(counter, "counter");
        this.blockSize = blockSize;
    }

    /**
     * Returns the next number, taking a new block first when the current one is used up.
     *
     * @return the number, positive
     * @throws org.xueji.registry.RegistryException with {@code STORAGE_FAILURE} if a block
     *     cannot be taken
     */
    public synchronized long next() {
        if (next == 0 || next > last) {
            long block = ownTransactions.withConnection("分配序号", "allocating sequence numbers",
                    connection -> sql.increment(
                            connection, "number_sequence", "prefix", "last_value", counter));
            next = (block - 1) * blockSize + 1;
            last = block * blockSize;
            LOG.debug("Took block {} ({} to {}) of sequence {}", block, next, last, counter);
        }
        return next++;
    }
}
