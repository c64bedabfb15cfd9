package org.xueji.registry.jdbc.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Streams rows into a PostgreSQL table with {@code COPY ... FROM STDIN (FORMAT csv)}, through
 * the PostgreSQL driver's copy API. Only {@link BulkRows} calls this, and only after checking
 * that the driver is present, so that the adapter still loads without it.
 *
 * <p>In the CSV text every value but null is quoted, so an empty string stays an empty string
 * and an unquoted empty field is NULL; booleans are {@code t} and {@code f}, dates ISO 8601.
 */
final class PgCopyIn {

    private PgCopyIn() {
    }

    static void copy(Connection connection, String table, List<String> columns,
            List<List<Object>> rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * columns.size() * 12);
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                append(text, row.get(i));
            }
            text.append('\n');
        }
        String copy = "COPY " + table + " (" + String.join(", ", columns)
                + ") FROM STDIN WITH (FORMAT csv)";
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(copy, new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed to read its rows", "58030", e);
        }
    }

    private static void append(StringBuilder text, Object value) {
        if (value instanceof BulkRows.Null) {
            return;
        }
        if (value instanceof Boolean flag) {
            text.append(flag ? 't' : 'f');
        } else if (value instanceof String string) {
            text.append('"');
            for (int i = 0; i < string.length(); i++) {
                char c = string.charAt(i);
                if (c == '"') {
                    text.append('"');
                }
                text.append(c);
            }
            text.append('"');
        } else {
            text.append(value);
        }
    }
}
