package org.xueji.registry.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.xueji.registry.jdbc.Dialect;

/**
 * Writes the SQL that differs between engines: upserts, counters, locking reads, keyset pages and
 * multi-row inserts.
 *
 * <p>Table and column names come from the adapter's own code, never from input, and are checked
 * against a plain identifier pattern; every value is a bind parameter. Instances are immutable
 * and thread-safe.
 */
public abstract class SqlDialect {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");
    private static final int MAX_ROWS_PER_INSERT = 500;

    SqlDialect() {
    }

    /**
     * Returns the SQL writer of an engine.
     *
     * @param dialect  the engine, not null
     * @return the writer, not null
     */
    public static SqlDialect of(Dialect dialect) {
        switch (requireNonNull(dialect, "dialect")) {
            case H2:
                return new H2SqlDialect();
            case POSTGRESQL:
                return new PostgresSqlDialect();
            default:
                return new MySqlDialect();
        }
    }

    /**
     * Returns an upsert: inserts a row, or overwrites the non-key columns of the row that has
     * its key. Parameters are the key columns, then the other columns, in the given order.
     *
     * @param table  the table, not null
     * @param keys  the key columns, not empty
     * @param others  the columns to overwrite, not empty
     * @return the statement, not null
     */
    public abstract String upsert(String table, List<String> keys, List<String> others);

    /**
     * Adds one to a counter row in the caller's transaction, creating the row at one when it is
     * absent, and returns the new value. Two transactions that race on the same key get
     * different values: the second waits for the first's row lock.
     *
     * @param connection  the connection, in a transaction, not null
     * @param table  the counter table, not null
     * @param keyColumn  the key column, not null
     * @param counterColumn  the counter column, not null
     * @param key  the counter's key, not null
     * @return the counter's value after the increment, at least one
     * @throws SQLException if the database refuses
     */
    public long increment(Connection connection, String table, String keyColumn,
            String counterColumn, String key) throws SQLException {
        return increment(connection, table, keyColumn, counterColumn, key, 1);
    }

    /**
     * Adds an amount to a counter row in the caller's transaction, creating the row at that
     * amount when it is absent, and returns the new value: the caller owns the numbers from
     * {@code value - amount + 1} to {@code value}. Two transactions that race on the same key get
     * blocks that do not overlap: the second waits for the first's row lock.
     *
     * @param connection  the connection, in a transaction, not null
     * @param table  the counter table, not null
     * @param keyColumn  the key column, not null
     * @param counterColumn  the counter column, not null
     * @param key  the counter's key, not null
     * @param amount  how much to add, positive
     * @return the counter's value after the increment, at least the amount
     * @throws SQLException if the database refuses
     */
    public abstract long increment(Connection connection, String table, String keyColumn,
            String counterColumn, String key, long amount) throws SQLException;

    /**
     * Returns an insert of one row that inserts nothing when a row with its key exists. On
     * PostgreSQL, which cannot go on with a transaction after a failed statement, a present row
     * makes the insert change no row; on H2 and MySQL it is a plain insert whose duplicate-key
     * failure leaves the transaction usable, so the caller treats either outcome as "present".
     *
     * @param table  the table, not null
     * @param columns  the columns, in the order of the parameters, not empty
     * @return the statement, not null
     */
    public String insertIfAbsent(String table, List<String> columns) {
        return "INSERT INTO " + name(table) + " " + columnList(columns) + " VALUES "
                + placeholders(columns.size());
    }

    /**
     * Returns a query limited to as many rows as its last parameter says.
     *
     * @param select  the query, ordered, without a limit, not null
     * @return the query, not null
     */
    public String limited(String select) {
        return requireNonNull(select, "select") + limit();
    }

    /**
     * Returns a query that locks the rows it reads until the transaction ends.
     *
     * @param select  a single-table query without ordering or limit, not null
     * @return the locking query, not null
     */
    public String forUpdate(String select) {
        return requireNonNull(select, "select") + " FOR UPDATE";
    }

    /**
     * Returns a query that locks the rows it reads until the transaction ends and passes over
     * rows that another transaction has locked, so that several consumers can each take rows of
     * their own ({@code FOR UPDATE SKIP LOCKED}: PostgreSQL 9.5, MySQL 8, MariaDB 10.6, H2 2).
     *
     * @param select  a single-table query, which may be ordered and limited, not null
     * @return the locking query, not null
     */
    public String forUpdateSkipLocked(String select) {
        return requireNonNull(select, "select") + " FOR UPDATE SKIP LOCKED";
    }

    /**
     * Returns the first page of a keyset-paged query: ordered by the key columns and limited by
     * one last parameter, the page size.
     *
     * @param select  the query, without ordering or limit, not null
     * @param keys  the columns that order the rows uniquely, not empty
     * @return the query, not null
     */
    public String firstPage(String select, List<String> keys) {
        return requireNonNull(select, "select") + orderBy(keys) + limit();
    }

    /**
     * Returns a page after a known key: the query's own parameters, then the key's values as
     * {@link #bindAfter} binds them, then the page size.
     *
     * @param select  the query, with a WHERE clause, without ordering or limit, not null
     * @param keys  the columns that order the rows uniquely, not empty
     * @return the query, not null
     */
    public String pageAfter(String select, List<String> keys) {
        return requireNonNull(select, "select") + " AND " + after(keys) + orderBy(keys) + limit();
    }

    /**
     * Binds the values of the last key seen for {@link #pageAfter}.
     *
     * @param statement  the statement, not null
     * @param index  the index of the first parameter to bind
     * @param keyValues  the key's values, in the order of the key columns, not empty
     * @return the index of the next parameter
     * @throws SQLException if binding fails
     */
    public int bindAfter(PreparedStatement statement, int index, List<?> keyValues)
            throws SQLException {
        int next = index;
        for (Object value : keyValues) {
            statement.setObject(next++, value);
        }
        return next;
    }

    /**
     * Returns a multi-row insert of {@code rows} rows; parameters run row by row.
     *
     * @param table  the table, not null
     * @param columns  the columns, not empty
     * @param rows  the number of rows, between one and {@link #maxRowsPerInsert}
     * @return the statement, not null
     * @throws IllegalArgumentException if the row count is out of range
     */
    public String insertRows(String table, List<String> columns, int rows) {
        if (rows < 1 || rows > maxRowsPerInsert(columns.size())) {
            throw new IllegalArgumentException("row count out of range: " + rows);
        }
        String row = placeholders(columns.size());
        StringJoiner values = new StringJoiner(", ");
        for (int i = 0; i < rows; i++) {
            values.add(row);
        }
        return "INSERT INTO " + name(table) + " " + columnList(columns) + " VALUES " + values;
    }

    /**
     * Returns how many rows one multi-row insert may carry, keeping each statement and each
     * transaction small enough for every engine (TiDB caps a transaction's size).
     *
     * @param columnCount  the number of columns per row, positive
     * @return the largest row count, at least one
     */
    public int maxRowsPerInsert(int columnCount) {
        return Math.max(1, Math.min(MAX_ROWS_PER_INSERT, maxParameters() / columnCount));
    }

    /** Returns how many bind parameters one statement may carry on this engine. */
    abstract int maxParameters();

    /** Returns the condition that selects rows after a key, with its placeholders. */
    String after(List<String> keys) {
        return columnList(keys) + " > " + placeholders(keys.size());
    }

    /** Returns the clause that limits a query to as many rows as its last parameter says. */
    String limit() {
        return " FETCH FIRST ? ROWS ONLY";
    }

    static String orderBy(List<String> keys) {
        StringJoiner order = new StringJoiner(", ", " ORDER BY ", "");
        keys.forEach(key -> order.add(name(key)));
        return order.toString();
    }

    static String columnList(List<String> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("no columns");
        }
        StringJoiner list = new StringJoiner(", ", "(", ")");
        columns.forEach(column -> list.add(name(column)));
        return list.toString();
    }

    static String placeholders(int count) {
        StringJoiner list = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < count; i++) {
            list.add("?");
        }
        return list.toString();
    }

    static String name(String identifier) {
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("not a plain identifier: " + identifier);
        }
        return identifier;
    }
}
