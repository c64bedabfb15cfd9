package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.xueji.registry.jdbc.internal.SqlErrors;

/**
 * Names the database engines the JDBC adapter supports, with the SQL each one needs.
 *
 * <p>The engine is detected from {@link DatabaseMetaData#getDatabaseProductName()}; a distributed
 * engine that speaks one of these protocols (TiDB, CockroachDB, Citus, YugabyteDB) reports the
 * product name of that protocol and is treated as that engine.
 */
public enum Dialect {
    /** H2 2.x in its default mode, the embedded default. */
    H2("h2"),
    /** PostgreSQL and the engines that speak its protocol. */
    POSTGRESQL("postgresql"),
    /** MySQL 8 and the engines that speak its protocol. */
    MYSQL("mysql"),
    /** MariaDB 10.6 or newer; it shares the MySQL migrations. */
    MARIADB("mysql");

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /**
     * Returns the dialect of a database product name as JDBC drivers report it.
     *
     * @param productName  the product name, such as {@code "PostgreSQL"}, not null
     * @return the dialect, not null
     * @throws IllegalArgumentException if the product is not supported
     */
    public static Dialect fromProductName(String productName) {
        String name = requireNonNull(productName, "productName").toLowerCase(Locale.ROOT);
        if (name.startsWith("h2")) {
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("mariadb")) {
            return MARIADB;
        }
        if (name.contains("mysql")) {
            return MYSQL;
        }
        throw new IllegalArgumentException("unsupported database product: " + productName);
    }

    /**
     * Detects the dialect of the database behind a data source, using one connection briefly.
     *
     * @param dataSource  the data source, not null
     * @return the dialect, not null
     * @throws IllegalArgumentException if the product is not supported
     * @throws org.xueji.registry.RegistryException if no connection can be opened
     */
    public static Dialect detect(DataSource dataSource) {
        requireNonNull(dataSource, "dataSource");
        try (Connection connection = dataSource.getConnection()) {
            return fromProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "检测数据库类型", "detecting the database product");
        }
    }

    /**
     * Returns the classpath folder, relative to the adapter's migration root, that holds the
     * migration scripts of this engine.
     *
     * @return the folder name, not null
     */
    public String migrationFolder() {
        return migrationFolder;
    }
}
