package org.xueji.registry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes the SQL of MySQL and MariaDB: {@code INSERT … ON DUPLICATE KEY UPDATE} for upserts and
 * counters, {@code LIMIT} for pages, and keyset conditions spelled out column by column, which
 * both engines' range optimizers use where they may not use a row-value comparison.
 */
final class MySqlDialect extends SqlDialect {

    @Override
    public String upsert(String table, List<String> keys, List<String> others) {
        List<String> columns = new ArrayList<>(keys);
        columns.addAll(others);
        StringJoiner updates = new StringJoiner(", ");
        others.forEach(column -> updates.add(name(column) + " = VALUES(" + name(column) + ")"));
        return "INSERT INTO " + name(table) + " " + columnList(columns)
                + " VALUES " + placeholders(columns.size())
                + " ON DUPLICATE KEY UPDATE " + updates;
    }

    @Override
    public long increment(Connection connection, String table, String keyColumn,
            String counterColumn, String key, long amount) throws SQLException {
        String counter = name(counterColumn);
        String upsert = "INSERT INTO " + name(table) + " (" + name(keyColumn) + ", " + counter
                + ") VALUES (?, ?) ON DUPLICATE KEY UPDATE " + counter + " = " + counter + " + ?";
        try (PreparedStatement statement = connection.prepareStatement(upsert)) {
            statement.setString(1, key);
            statement.setLong(2, amount);
            statement.setLong(3, amount);
            statement.executeUpdate();
        }
        String read = "SELECT " + counter + " FROM " + name(table)
                + " WHERE " + name(keyColumn) + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(read)) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Override
    public int bindAfter(PreparedStatement statement, int index, List<?> keyValues)
            throws SQLException {
        int next = index;
        for (int i = 0; i < keyValues.size(); i++) {
            for (int j = 0; j <= i; j++) {
                statement.setObject(next++, keyValues.get(j));
            }
        }
        return next;
    }

    @Override
    String after(List<String> keys) {
        StringJoiner any = new StringJoiner(" OR ", "(", ")");
        for (int i = 0; i < keys.size(); i++) {
            StringJoiner all = new StringJoiner(" AND ", "(", ")");
            for (int j = 0; j < i; j++) {
                all.add(name(keys.get(j)) + " = ?");
            }
            all.add(name(keys.get(i)) + " > ?");
            any.add(all.toString());
        }
        return any.toString();
    }

    @Override
    String limit() {
        return " LIMIT ?";
    }

    @Override
    int maxParameters() {
        return 65_535;
    }
}
