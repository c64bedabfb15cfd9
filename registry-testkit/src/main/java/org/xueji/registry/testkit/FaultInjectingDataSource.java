package org.xueji.registry.testkit;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Wraps a data source to make its connections fail on cue, for repeatable fault tests.
 *
 * <p>Every statement execution and every commit through any of its connections is counted. A
 * test arms a fault relative to the counts at that moment: the Nth statement or commit from now
 * fails with a given exception, or the connection is dropped just before the Nth statement from
 * now, which closes the real connection (the server rolls its transaction back) and fails that
 * statement with SQLSTATE 08006. Each fault fires once. Thread-safe.
 */
public final class FaultInjectingDataSource implements DataSource {

    private final DataSource target;
    private int statements;
    private int commits;
    private int failStatementAt;
    private Supplier<SQLException> statementFailure;
    private int failCommitAt;
    private Supplier<SQLException> commitFailure;
    private int dropConnectionAt;

    private FaultInjectingDataSource(DataSource target) {
        this.target = requireNonNull(target, "target");
    }

    /**
     * Wraps a data source; until a fault is armed, the wrapper only counts.
     *
     * @param target  the real data source, not null
     * @return the wrapper, not null
     */
    public static FaultInjectingDataSource wrap(DataSource target) {
        return new FaultInjectingDataSource(target);
    }

    /**
     * Returns a serialization failure as PostgreSQL reports it (SQLSTATE 40001).
     *
     * @return a new exception, not null
     */
    public static SQLException serializationFailure() {
        return new SQLTransactionRollbackException("injected serialization failure", "40001");
    }

    /**
     * Returns a detected deadlock as PostgreSQL reports it (SQLSTATE 40P01).
     *
     * @return a new exception, not null
     */
    public static SQLException deadlock() {
        return new SQLTransactionRollbackException("injected deadlock", "40P01");
    }

    /**
     * Makes the Nth statement executed from now fail, without reaching the database.
     *
     * @param nth  which statement, counting from one
     * @param failure  makes the exception to throw, not null
     * @return this wrapper, not null
     * @throws IllegalArgumentException if {@code nth} is not positive
     */
    public synchronized FaultInjectingDataSource failStatement(
            int nth, Supplier<SQLException> failure) {
        failStatementAt = statements + positive(nth);
        statementFailure = requireNonNull(failure, "failure");
        return this;
    }

    /**
     * Makes the Nth commit from now fail; the real transaction stays open for the caller to roll
     * back.
     *
     * @param nth  which commit, counting from one
     * @param failure  makes the exception to throw, not null
     * @return this wrapper, not null
     * @throws IllegalArgumentException if {@code nth} is not positive
     */
    public synchronized FaultInjectingDataSource failCommit(
            int nth, Supplier<SQLException> failure) {
        failCommitAt = commits + positive(nth);
        commitFailure = requireNonNull(failure, "failure");
        return this;
    }

    /**
     * Drops the connection that is about to execute the Nth statement from now.
     *
     * @param nth  which statement, counting from one
     * @return this wrapper, not null
     * @throws IllegalArgumentException if {@code nth} is not positive
     */
    public synchronized FaultInjectingDataSource dropConnectionAt(int nth) {
        dropConnectionAt = statements + positive(nth);
        return this;
    }

    /**
     * Disarms every fault; counting goes on.
     *
     * @return this wrapper, not null
     */
    public synchronized FaultInjectingDataSource clearFaults() {
        failStatementAt = 0;
        failCommitAt = 0;
        dropConnectionAt = 0;
        return this;
    }

    /**
     * Returns how many statement executions were attempted so far, failed ones included.
     *
     * @return the count, not negative
     */
    public synchronized int statementCount() {
        return statements;
    }

    /**
     * Returns how many commits were attempted so far, failed ones included.
     *
     * @return the count, not negative
     */
    public synchronized int commitCount() {
        return commits;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connection(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connection(target.getConnection(username, password));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws java.sql.SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }

    private Connection connection(Connection real) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ConnectionHandler(real));
    }

    private synchronized void beforeStatement(Connection real) throws SQLException {
        statements++;
        if (statements == dropConnectionAt) {
            dropConnectionAt = 0;
            real.close();
            throw new SQLNonTransientConnectionException("injected connection drop", "08006");
        }
        if (statements == failStatementAt) {
            failStatementAt = 0;
            throw statementFailure.get();
        }
    }

    private synchronized void beforeCommit() throws SQLException {
        commits++;
        if (commits == failCommitAt) {
            failCommitAt = 0;
            throw commitFailure.get();
        }
    }

    private static int positive(int nth) {
        if (nth < 1) {
            throw new IllegalArgumentException("count from one: " + nth);
        }
        return nth;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Counts commits and wraps the statements of one connection. */
    private final class ConnectionHandler implements InvocationHandler {
        private final Connection real;

        ConnectionHandler(Connection real) {
            this.real = real;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if ("commit".equals(name)) {
                beforeCommit();
            }
            Object result = FaultInjectingDataSource.invoke(real, method, args);
            if (result instanceof Statement statement) {
                return statement(statement, (Connection) proxy);
            }
            return result;
        }

        private Object statement(Statement statement, Connection proxy) {
            Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                    : statement instanceof PreparedStatement ? PreparedStatement.class
                    : Statement.class;
            return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type},
                    (self, method, args) -> {
                        if (method.getName().startsWith("execute")) {
                            beforeStatement(real);
                        }
                        if ("getConnection".equals(method.getName())) {
                            return proxy;
                        }
                        return FaultInjectingDataSource.invoke(statement, method, args);
                    });
        }
    }
}
