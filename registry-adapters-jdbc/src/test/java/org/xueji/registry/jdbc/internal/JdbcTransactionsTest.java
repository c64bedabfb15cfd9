package org.xueji.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.testkit.TestDatabases;

class JdbcTransactionsTest {

    private final Connection shared = TestDatabases.freshH2Database().settings().connect();
    private final JdbcTransactions transactions =
            new JdbcTransactions(new OneConnection(shared), RetryPolicy.DEFAULT);

    JdbcTransactionsTest() throws SQLException {
    }

    @AfterEach
    void closeTheConnection() throws SQLException {
        shared.close();
    }

    @Test
    void turnsAutoCommitOffForTheWorkAndBackOnAfterACommit() throws SQLException {
        boolean autoCommitInside = transactions.inTransaction(() -> autoCommit(shared));

        assertThat(autoCommitInside).isFalse();
        assertThat(shared.getAutoCommit()).isTrue();
    }

    @Test
    void turnsAutoCommitBackOnAfterARollback() throws SQLException {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            throw new IllegalStateException("the work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(shared.getAutoCommit()).isTrue();
    }

    @Test
    void leavesAutoCommitOffWhenTheConnectionCameWithItOff() throws SQLException {
        shared.setAutoCommit(false);

        transactions.inTransaction(() -> "done");

        assertThat(shared.getAutoCommit()).isFalse();
    }

    @Test
    void bindsTheTransactionToTheCallingThreadOnly() throws Exception {
        boolean[] activeElsewhere = new boolean[1];

        transactions.inTransaction(() -> {
            Thread other = new Thread(() -> activeElsewhere[0] = transactions.isActive());
            other.start();
            join(other);
            return transactions.isActive();
        });

        assertThat(activeElsewhere[0]).isFalse();
    }

    private static boolean autoCommit(Connection connection) {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Lends one connection over and over, as a pool of one would; closing it returns it. */
    private static final class OneConnection implements DataSource {
        private final Connection connection;

        OneConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection getConnection() {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if ("close".equals(method.getName())) {
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String user, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setLoginTimeout(int seconds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
