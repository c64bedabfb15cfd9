package org.xueji.registry.testkit;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens a new connection through {@link DriverManager} for every request; good enough for tests,
 * where no pool should hide a leaked connection. Thread-safe.
 */
public final class DriverManagerDataSource implements DataSource {

    private final ServerSettings settings;

    /**
     * Creates a data source for a server.
     *
     * @param settings  the server, not null
     */
    public DriverManagerDataSource(ServerSettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    /**
     * Returns the settings connections are opened with.
     *
     * @return the settings, not null
     */
    public ServerSettings settings() {
        return settings;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return settings.connect();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(settings.url(), username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        throw new UnsupportedOperationException("no log writer");
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
