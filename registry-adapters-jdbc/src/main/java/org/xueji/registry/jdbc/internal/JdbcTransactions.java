package org.xueji.registry.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.spi.UnitOfWork;

/**
 * Runs units of work in JDBC transactions over a data source.
 *
 * <p>The outermost call takes a connection, turns auto-commit off, binds the connection to the
 * current thread for the work's duration, then commits, or rolls back if the work throws, and
 * finally restores auto-commit and closes the connection. Nested calls on the same thread join
 * that transaction; if one of them throws, the whole transaction is marked to roll back even if
 * the outer work catches the exception. A transaction that fails with a serialization failure, a
 * deadlock or a lock-wait timeout (as {@link SqlErrors#isTransient(Throwable)} tells) is run again
 * from the start, a bounded number of times with backoff; only the outermost call retries, so its
 * work must be safe to repeat. {@link #inNewTransaction(Supplier)} suspends the thread's
 * transaction, runs its work in a transaction of its own on another connection, and then resumes
 * the suspended one; the two must not write the same rows, or the inner one waits for a lock the
 * outer one holds. Thread-safe; each instance keeps its own binding, so two instances never share
 * a transaction.
 */
public final class JdbcTransactions implements UnitOfWork {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTransactions.class);

    private final DataSource dataSource;
    private final RetryPolicy retryPolicy;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    /**
     * Creates a transaction runner.
     *
     * @param dataSource  where connections come from, not null
     * @param retryPolicy  how transient failures are retried, not null
     */
    public JdbcTransactions(DataSource dataSource, RetryPolicy retryPolicy) {
        this.dataSource = requireNonNull(dataSource, "dataSource");
        this.retryPolicy = requireNonNull(retryPolicy, "retryPolicy");
    }

    /**
     * Runs work in a transaction, joining the current thread's transaction if there is one.
     *
     * @param <T>  the result type
     * @param work  the work, not null
     * @return the work's result, may be null
     * @throws RegistryException with {@link ErrorCode#STORAGE_FAILURE} if the transaction cannot
     *     be begun or committed, or if a nested unit of work failed
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        requireNonNull(work, "work");
        Transaction joined = current.get();
        if (joined != null) {
            return join(joined, work);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(work);
            } catch (RuntimeException e) {
                if (!SqlErrors.isTransient(e)) {
                    throw e;
                }
                if (attempt >= retryPolicy.maxAttempts()) {
                    LOG.error("Giving up on a transaction after {} transient failures",
                            attempt, e);
                    throw e;
                }
                long wait = retryPolicy.backoffMillis(attempt);
                LOG.debug("Transaction failed transiently (attempt {} of {}), retrying in {} ms",
                        attempt, retryPolicy.maxAttempts(), wait);
                pause(wait, e);
            }
        }
    }

    /**
     * Runs work in a transaction of its own, on a connection of its own, committed when the work
     * returns: the current thread's transaction, if any, is suspended meanwhile and resumed
     * afterwards, whatever the work does.
     *
     * @param <T>  the result type
     * @param work  the work, not null
     * @return the work's result, may be null
     * @throws RegistryException with {@link ErrorCode#STORAGE_FAILURE} if the transaction cannot
     *     be begun or committed, or if a nested unit of work failed
     */
    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
        requireNonNull(work, "work");
        Transaction suspended = current.get();
        current.remove();
        try {
            return inTransaction(work);
        } finally {
            if (suspended != null) {
                current.set(suspended);
            }
        }
    }

    /**
     * Runs JDBC work on the current thread's transaction, or in a transaction of its own when
     * there is none, translating a {@link SQLException} into a {@link RegistryException}.
     *
     * @param <T>  the result type
     * @param chineseAction  what the work does, in Chinese, for error messages, not null
     * @param englishAction  the same in English, not null
     * @param work  the work, not null
     * @return the work's result, may be null
     * @throws RegistryException with {@link ErrorCode#DUPLICATE} if a unique key refused a row,
     *     or {@link ErrorCode#STORAGE_FAILURE} if the database failed otherwise
     */
    public <T> T withConnection(String chineseAction, String englishAction, SqlWork<T> work) {
        requireNonNull(work, "work");
        return inTransaction(() -> {
            try {
                return work.run(current.get().connection);
            } catch (SQLException e) {
                throw SqlErrors.translate(e, chineseAction, englishAction);
            }
        });
    }

    /**
     * Tells whether the current thread is inside a transaction of this runner.
     *
     * @return true inside {@link #inTransaction}
     */
    public boolean isActive() {
        return current.get() != null;
    }

    private static <T> T join(Transaction transaction, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            transaction.rollbackOnly = true;
            throw e;
        }
    }

    private <T> T runOnce(Supplier<T> work) {
        Connection connection = open();
        Transaction transaction = new Transaction(connection);
        current.set(transaction);
        try {
            boolean autoCommit = connection.getAutoCommit();
            transaction.restoreAutoCommit = autoCommit;
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            T result = work.get();
            if (transaction.rollbackOnly) {
                throw new RegistryException(ErrorCode.STORAGE_FAILURE,
                        "内部操作失败，整个事务已回滚",
                        "a nested unit of work failed, so the whole transaction was rolled back");
            }
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback(connection, e);
            throw SqlErrors.translate(e, "提交事务", "committing a transaction");
        } catch (RuntimeException | Error e) {
            rollback(connection, e);
            throw e;
        } finally {
            current.remove();
            release(transaction);
        }
    }

    private Connection open() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "获取数据库连接", "opening a connection");
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void release(Transaction transaction) {
        Connection connection = transaction.connection;
        try {
            if (transaction.restoreAutoCommit && !connection.isClosed()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.debug("Could not restore auto-commit before closing a connection", e);
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Could not close a connection", e);
            }
        }
    }

    private static void pause(long millis, RuntimeException failure) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(e);
            throw failure;
        }
    }

    /** The state of one outermost transaction. */
    private static final class Transaction {
        final Connection connection;
        boolean restoreAutoCommit;
        boolean rollbackOnly;

        Transaction(Connection connection) {
            this.connection = connection;
        }
    }
}
