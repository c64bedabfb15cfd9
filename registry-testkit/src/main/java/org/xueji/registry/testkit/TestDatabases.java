package org.xueji.registry.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the database servers that tests may use, from environment variables.
 *
 * <p>{@code XUEJI_TEST_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD} name a PostgreSQL
 * server; {@code XUEJI_TEST_MARIADB_URL}, {@code _USER} and {@code _PASSWORD} a MariaDB server.
 * When an engine's URL is unset, its suites are skipped with a reason that names the variable.
 * When it is set but the server does not answer, the suites fail: a build that was meant to test
 * a database must not pass without it. The user must be allowed to create schemas (PostgreSQL)
 * or databases (MariaDB).
 */
public final class TestDatabases {

    private static final String POSTGRES = "XUEJI_TEST_POSTGRES";
    private static final String MARIADB = "XUEJI_TEST_MARIADB";

    private TestDatabases() {
    }

    /**
     * Returns the PostgreSQL server the variables name, if any.
     *
     * @return the settings, empty if {@code XUEJI_TEST_POSTGRES_URL} is unset or blank
     */
    public static Optional<ServerSettings> postgres() {
        return settings(POSTGRES, "PostgreSQL", System.getenv());
    }

    /**
     * Returns the MariaDB server the variables name, if any.
     *
     * @return the settings, empty if {@code XUEJI_TEST_MARIADB_URL} is unset or blank
     */
    public static Optional<ServerSettings> mariaDb() {
        return settings(MARIADB, "MariaDB", System.getenv());
    }

    /**
     * Creates an empty in-memory H2 database for the calling test class; it needs H2 on the class
     * path and never skips.
     *
     * @return the database, shut down when closed, not null
     */
    public static ScratchDatabase freshH2Database() {
        String name = scratchName();
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        ServerSettings server = new ServerSettings("H2", url, "sa", "");
        return new ScratchDatabase(server, name, "SHUTDOWN", url);
    }

    /**
     * Creates an empty PostgreSQL schema for the calling test class, or skips the class when no
     * server is configured; connections of the result use the schema as their current schema.
     *
     * @return the schema, to be closed after the class, not null
     * @throws org.opentest4j.TestAbortedException if no server is configured
     * @throws SQLException if the server is configured but cannot be reached or refuses
     */
    public static ScratchDatabase freshPostgresSchema() throws SQLException {
        ServerSettings server = require(postgres(), POSTGRES);
        String name = scratchName();
        execute(server, "CREATE SCHEMA " + name);
        String url = server.url() + (server.url().contains("?") ? "&" : "?")
                + "currentSchema=" + name;
        return new ScratchDatabase(server, name, "DROP SCHEMA " + name + " CASCADE", url);
    }

    /**
     * Creates an empty MariaDB database for the calling test class, or skips the class when no
     * server is configured; connections of the result use that database.
     *
     * @return the database, to be closed after the class, not null
     * @throws org.opentest4j.TestAbortedException if no server is configured
     * @throws SQLException if the server is configured but cannot be reached or refuses
     * @throws IllegalArgumentException if the configured URL names no database
     */
    public static ScratchDatabase freshMariaDbDatabase() throws SQLException {
        ServerSettings server = require(mariaDb(), MARIADB);
        String name = scratchName();
        execute(server, "CREATE DATABASE " + name
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        return new ScratchDatabase(server, name, "DROP DATABASE " + name,
                withDatabase(server.url(), name));
    }

    static Optional<ServerSettings> settings(
            String prefix, String engine, Map<String, String> environment) {
        String url = environment.get(prefix + "_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        Function<String, String> variable = suffix -> environment.getOrDefault(prefix + suffix, "");
        return Optional.of(
                new ServerSettings(engine, url.trim(), variable.apply("_USER"),
                        variable.apply("_PASSWORD")));
    }

    static String withDatabase(String url, String database) {
        int hostStart = url.indexOf("//");
        int pathStart = hostStart < 0 ? -1 : url.indexOf('/', hostStart + 2);
        if (pathStart < 0) {
            throw new IllegalArgumentException("the URL names no database: " + url);
        }
        int query = url.indexOf('?', pathStart);
        return url.substring(0, pathStart + 1) + database
                + (query < 0 ? "" : url.substring(query));
    }

    private static ServerSettings require(Optional<ServerSettings> server, String prefix) {
        Assumptions.assumeTrue(server.isPresent(),
                () -> prefix + "_URL is not set, so the tests on this server are skipped");
        return server.orElseThrow();
    }

    private static String scratchName() {
        return "xueji_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static void execute(ServerSettings server, String sql) throws SQLException {
        try (Connection connection = server.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new SQLException("cannot prepare a scratch database on " + server
                    + "; the variables are set, so this fails rather than skips",
                    e.getSQLState(), e.getErrorCode(), e);
        }
    }
}
