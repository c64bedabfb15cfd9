package org.xueji.registry.testkit;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * An empty schema (PostgreSQL) or database (MariaDB) made for one test class and dropped when
 * closed, so that test classes neither see nor disturb each other's tables.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final ServerSettings server;
    private final String name;
    private final String dropStatement;
    private final DriverManagerDataSource dataSource;

    ScratchDatabase(ServerSettings server, String name, String dropStatement, String url) {
        this.server = requireNonNull(server, "server");
        this.name = requireNonNull(name, "name");
        this.dropStatement = requireNonNull(dropStatement, "dropStatement");
        this.dataSource = new DriverManagerDataSource(server.withUrl(url));
    }

    /**
     * Returns the name of the schema or database, which begins with {@code xueji_test_}.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns a data source whose connections work in this schema or database only.
     *
     * @return the data source, not null
     */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Returns the settings of connections to this schema or database.
     *
     * @return the settings, not null
     */
    public ServerSettings settings() {
        return dataSource.settings();
    }

    /**
     * Drops the schema or database with everything in it.
     *
     * @throws SQLException if the server refuses
     */
    @Override
    public void close() throws SQLException {
        try (Connection connection = server.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(dropStatement);
        }
    }
}
