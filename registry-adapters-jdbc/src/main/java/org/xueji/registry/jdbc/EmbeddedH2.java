package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.jdbc.internal.SqlErrors;

/**
 * Opens the embedded default database: an H2 file database in a directory, with a small pool.
 *
 * <p>H2's file grows far beyond its data under bulk writes (about 4.5 GB after a million inserted
 * rows, against 222 MB compacted), so {@link #close()} shuts the database down with
 * {@code SHUTDOWN COMPACT}, which rewrites the file to its live data. Closing may therefore take
 * a while after a large import. H2 must be on the class path; the adapter declares it optional.
 * Thread-safe.
 */
public final class EmbeddedH2 implements AutoCloseable {

    /** The file name of the database, without H2's {@code .mv.db} extension. */
    public static final String DATABASE_NAME = "xueji";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedH2.class);
    private static final int MAX_CONNECTIONS = 16;

    private final Path databaseFile;
    private final JdbcConnectionPool pool;
    private boolean closed;

    private EmbeddedH2(Path directory) {
        Path base = directory.toAbsolutePath().resolve(DATABASE_NAME);
        this.databaseFile = base.resolveSibling(DATABASE_NAME + ".mv.db");
        this.pool = JdbcConnectionPool.create("jdbc:h2:file:" + base, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
    }

    /**
     * Opens, or creates, the database in a directory, which is created if absent.
     *
     * @param directory  the directory that holds the database file, not null
     * @return the open database, not null
     * @throws IllegalArgumentException if the path contains a semicolon, which H2 would read as
     *     a setting
     */
    public static EmbeddedH2 open(Path directory) {
        requireNonNull(directory, "directory");
        if (directory.toAbsolutePath().toString().indexOf(';') >= 0) {
            throw new IllegalArgumentException("a database path may not contain ';'");
        }
        EmbeddedH2 database = new EmbeddedH2(directory);
        LOG.debug("Opened embedded H2 database {}", database.databaseFile);
        return database;
    }

    /**
     * Returns the pooled data source of this database. After {@link #close()}, asking it for a
     * connection throws {@link IllegalStateException}.
     *
     * @return the data source, not null
     */
    public DataSource dataSource() {
        return pool;
    }

    /**
     * Returns the path of the database file, which exists once a connection has been opened.
     *
     * @return the file, not null
     */
    public Path databaseFile() {
        return databaseFile;
    }

    /**
     * Compacts and closes the database and its pool; a second call does nothing. Transactions
     * still running on other threads fail.
     *
     * @throws org.xueji.registry.RegistryException with {@code STORAGE_FAILURE} if the database
     *     cannot be shut down
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
            LOG.debug("Compacted and closed embedded H2 database {}", databaseFile);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "压缩并关闭嵌入式数据库",
                    "compacting and closing the embedded database");
        } finally {
            pool.dispose();
        }
    }
}
