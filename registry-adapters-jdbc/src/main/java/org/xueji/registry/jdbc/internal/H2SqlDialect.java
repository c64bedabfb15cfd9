package org.xueji.registry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes H2's SQL in its default mode: {@code MERGE … KEY} for upserts and a standard
 * {@code MERGE … USING} for counters. H2's merge is not atomic against a concurrent insert of the
 * same key, so the counter retries once when its insert loses that race.
 */
final class H2SqlDialect extends SqlDialect {

    @Override
    public String upsert(String table, List<String> keys, List<String> others) {
        List<String> columns = new ArrayList<>(keys);
        columns.addAll(others);
        return "MERGE INTO " + name(table) + " " + columnList(columns)
                + " KEY " + columnList(keys) + " VALUES " + placeholders(columns.size());
    }

    @Override
    public long increment(Connection connection, String table, String keyColumn,
            String counterColumn, String key, long amount) throws SQLException {
        String merge = "MERGE INTO " + name(table) + " t USING (VALUES (CAST(? AS VARCHAR),"
                + " CAST(? AS BIGINT))) s(k, n) ON t." + name(keyColumn) + " = s.k"
                + " WHEN MATCHED THEN UPDATE SET " + name(counterColumn) + " = t."
                + name(counterColumn) + " + s.n"
                + " WHEN NOT MATCHED THEN INSERT (" + name(keyColumn) + ", "
                + name(counterColumn) + ") VALUES (s.k, s.n)";
        try {
            merge(connection, merge, key, amount);
        } catch (SQLException e) {
            if (!SqlErrors.isDuplicateKey(e)) {
                throw e;
            }
            merge(connection, merge, key, amount);
        }
        String read = "SELECT " + name(counterColumn) + " FROM " + name(table)
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
    int maxParameters() {
        return 65_535;
    }

    private static void merge(Connection connection, String sql, String key, long amount)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            statement.setLong(2, amount);
            statement.executeUpdate();
        }
    }
}
