package org.xueji.registry.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes many rows into one table with few statements: {@code COPY ... FROM STDIN} on a
 * PostgreSQL connection when the PostgreSQL driver is on the class path, and multi-row
 * {@code INSERT ... VALUES (...), (...)} statements of {@link SqlDialect#maxRowsPerInsert} rows
 * otherwise. Either way the rows join the connection's transaction, and a duplicate key fails the
 * whole call with the engine's {@link SQLException}; PostgreSQL then needs a rollback (to a
 * savepoint) before the transaction can go on.
 *
 * <p>Values are strings, integers, longs, booleans, {@link LocalDate}s or a {@link Null} that
 * carries the column's SQL type. The driver is looked up by name, so this class works without
 * it. Thread-safe.
 */
public final class BulkRows {

    private static final Logger LOG = LoggerFactory.getLogger(BulkRows.class);
    private static final Class<?> PG_CONNECTION = pgConnectionClass();

    private final SqlDialect sql;

    /**
     * Creates a writer for an engine.
     *
     * @param sql  the engine's SQL, not null
     */
    public BulkRows(SqlDialect sql) {
        this.sql = requireNonNull(sql, "sql");
    }

    /**
     * Writes rows into a table in the connection's transaction.
     *
     * @param connection  the connection, inside a transaction, not null
     * @param table  the table, a name from the adapter's own code, not null
     * @param columns  the columns, in the order of each row's values, not empty
     * @param rows  the rows, each with one value per column, not null, may be empty; read once
     *     in order on PostgreSQL, so a list may compute each row when asked
     * @throws SQLException if the database refuses a row or fails
     */
    public void write(Connection connection, String table, List<String> columns,
            List<? extends List<?>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (copies(connection)) {
            PgCopyIn.copy(connection, table, columns, rows);
        } else {
            insert(connection, table, columns, rows);
        }
        LOG.trace("Wrote {} rows into {}", rows.size(), table);
    }

    /**
     * Tells whether rows go to this connection by {@code COPY}: it is a PostgreSQL connection
     * and the PostgreSQL driver's API is visible to this class.
     *
     * @param connection  the connection, not null
     * @return true if {@link #write} uses {@code COPY}
     * @throws SQLException if the connection cannot tell what it wraps
     */
    public static boolean copies(Connection connection) throws SQLException {
        return PG_CONNECTION != null && connection.isWrapperFor(PG_CONNECTION);
    }

    private void insert(Connection connection, String table, List<String> columns,
            List<? extends List<?>> rows) throws SQLException {
        int perStatement = sql.maxRowsPerInsert(columns.size());
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<? extends List<?>> part = rows.subList(from,
                    Math.min(rows.size(), from + perStatement));
            try (PreparedStatement statement = connection.prepareStatement(
                    sql.insertRows(table, columns, part.size()))) {
                int index = 1;
                for (List<?> row : part) {
                    for (Object value : row) {
                        bind(statement, index++, value);
                    }
                }
                statement.executeUpdate();
            }
        }
    }

    /**
     * Binds one value of a row, as the class javadoc lists them, to a statement's parameter.
     *
     * @param statement  the statement, not null
     * @param index  the parameter's index, from 1
     * @param value  the value, not null: a {@link Null} for an empty one
     * @throws SQLException if the driver refuses it
     */
    public static void bind(PreparedStatement statement, int index, Object value)
            throws SQLException {
        if (value instanceof Null empty) {
            statement.setNull(index, empty.sqlType);
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else {
            statement.setObject(index, value);
        }
    }

    /** An empty value of a nullable column, with the column's SQL type. */
    public enum Null {
        /** A null of a character column. */
        TEXT(Types.VARCHAR),
        /** A null of an integer column. */
        INTEGER(Types.INTEGER);

        private final int sqlType;

        Null(int sqlType) {
            this.sqlType = sqlType;
        }

        /**
         * Returns the column's type, as {@link Types} names it.
         *
         * @return the type code
         */
        public int sqlType() {
            return sqlType;
        }
    }

    private static Class<?> pgConnectionClass() {
        try {
            return Class.forName("org.postgresql.PGConnection", false,
                    BulkRows.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
