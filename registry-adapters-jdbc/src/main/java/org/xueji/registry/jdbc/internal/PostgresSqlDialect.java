package org.xueji.registry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes PostgreSQL's SQL: {@code INSERT … ON CONFLICT} for upserts and counters, which is atomic
 * under concurrency, and row-value comparison for keyset pages.
 */
final class PostgresSqlDialect extends SqlDialect {

    @Override
    public String upsert(String table, List<String> keys, List<String> others) {
        List<String> columns = new ArrayList<>(keys);
        columns.addAll(others);
        StringJoiner updates = new StringJoiner(", ");
        others.forEach(column -> updates.add(name(column) + " = EXCLUDED." + name(column)));
        return "INSERT INTO " + name(table) + " " + columnList(columns)
                + " VALUES " + placeholders(columns.size())
                + " ON CONFLICT " + columnList(keys) + " DO UPDATE SET " + updates;
    }

    @Override
    public String insertIfAbsent(String table, List<String> columns) {
        return super.insertIfAbsent(table, columns) + " ON CONFLICT DO NOTHING";
    }

    @Override
    public long increment(Connection connection, String table, String keyColumn,
            String counterColumn, String key, long amount) throws SQLException {
        String counter = name(counterColumn);
        String sql = "INSERT INTO " + name(table) + " (" + name(keyColumn) + ", " + counter
                + ") VALUES (?, ?) ON CONFLICT (" + name(keyColumn) + ") DO UPDATE SET "
                + counter + " = " + name(table) + "." + counter + " + EXCLUDED." + counter
                + " RETURNING " + counter;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            statement.setLong(2, amount);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Override
    int maxParameters() {
        return 32_767;
    }
}
