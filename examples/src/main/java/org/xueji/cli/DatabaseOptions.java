package org.xueji.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of every subcommand that works on a database: the embedded H2 database in a
 * directory (default {@code ./xueji-data}) or any JDBC URL.
 */
public final class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "xueji-data")
    Path dataDir;

    @Option(names = "--jdbc-url", paramLabel = "URL")
    String jdbcUrl;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "")
    String user;

    @Option(names = "--password", paramLabel = "SECRET", defaultValue = "",
            interactive = true, arity = "0..1")
    String password;

    /**
     * Returns the directory of the embedded database.
     *
     * @return the directory, not null
     */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * Returns the JDBC URL, if one was given instead of the embedded database.
     *
     * @return the URL, or null for the embedded database
     */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * Returns the database user for a JDBC URL.
     *
     * @return the user, empty if none, not null
     */
    public String user() {
        return user;
    }

    /**
     * Returns the database password for a JDBC URL.
     *
     * @return the password, empty if none, not null
     */
    public String password() {
        return password;
    }
}
