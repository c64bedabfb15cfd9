package org.xueji.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.xueji.registry.jdbc.EmbeddedH2;
import org.xueji.registry.jdbc.JdbcStorage;
import org.xueji.registry.spi.RegistryStorage;

/**
 * Opens the database the tool works on: the embedded H2 database in {@code --data-dir}, or the
 * database at {@code --jdbc-url} through a HikariCP pool. Either way the adapter's migrations
 * run first, so a new database gets its tables and an older one is brought up to date.
 */
final class Databases {

    private static final int POOL_SIZE = 8;

    private Databases() {
    }

    /**
     * Opens the database.
     *
     * @param options  where the database is, not null
     * @param create  whether an embedded database may be created where none is yet
     * @param messages  the messages for a failure, not null
     * @return the open storage, not null
     * @throws CliException with {@link CliException#USAGE} if {@code create} is false and the
     *     data directory holds no database
     */
    static StorageOpener.Opened open(DatabaseOptions options, boolean create,
            Messages messages) {
        if (options.jdbcUrl() != null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(options.jdbcUrl());
            config.setUsername(options.user());
            config.setPassword(options.password());
            config.setMaximumPoolSize(POOL_SIZE);
            config.setPoolName("xueji");
            HikariDataSource pool = new HikariDataSource(config);
            return opened(pool, pool::close);
        }
        Path dir = options.dataDir().toAbsolutePath();
        if (!create && !Files.exists(dir.resolve(EmbeddedH2.DATABASE_NAME + ".mv.db"))) {
            throw CliException.usage(messages.get("database.missing", dir));
        }
        EmbeddedH2 h2 = EmbeddedH2.open(dir);
        return opened(h2.dataSource(), h2::close);
    }

    private static StorageOpener.Opened opened(DataSource dataSource, Runnable closer) {
        JdbcStorage storage;
        try {
            storage = JdbcStorage.create(dataSource);
            storage.migrate();
        } catch (RuntimeException e) {
            closer.run();
            throw e;
        }
        return new StorageOpener.Opened() {
            @Override
            public RegistryStorage storage() {
                return storage;
            }

            @Override
            public void close() {
                closer.run();
            }
        };
    }
}
