package org.xueji.registry.testkit;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Says how to reach a database server for tests: a JDBC URL with its user and password.
 *
 * @param engine  the engine's name for messages, such as {@code "PostgreSQL"}, not null
 * @param url  the JDBC URL, not null
 * @param user  the user name, not null
 * @param password  the password, empty for none, not null
 */
public record ServerSettings(String engine, String url, String user, String password) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public ServerSettings {
        requireNonNull(engine, "engine");
        requireNonNull(url, "url");
        requireNonNull(user, "user");
        requireNonNull(password, "password");
    }

    /**
     * Opens a connection with the driver on the class path.
     *
     * @return the connection, not null
     * @throws SQLException if the server cannot be reached or refuses the login
     */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * Returns the same settings for another URL.
     *
     * @param otherUrl  the URL, not null
     * @return the settings, not null
     */
    public ServerSettings withUrl(String otherUrl) {
        return new ServerSettings(engine, otherUrl, user, password);
    }

    /** Returns the engine and URL, without the password. */
    @Override
    public String toString() {
        return engine + " at " + url + " as " + user;
    }
}
