package org.xueji.registry.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into a PostgreSQL table with {@code COPY ... FROM STDIN (FORMAT csv)}, through
 * the PostgreSQL driver's copy API. Only {@link BulkRows} calls this, and only after checking
 * that the driver is present, so that the adapter still loads without it.
 *
 * <p>Each row is encoded as UTF-8 CSV straight into a buffer of {@value #BUFFER} bytes that goes
 * to the server whenever it fills, so the server parses and stores the first rows while the
 * later ones are still being encoded, and no text of the whole batch is ever held. Rows are read
 * once, in order, so a list that computes its rows on demand is never materialised.
 *
 * <p>In the CSV text every value but null is quoted, so an empty string stays an empty string
 * and an unquoted empty field is NULL; booleans are {@code t} and {@code f}, dates ISO 8601, other
 * values their {@code toString}. A lone surrogate, which UTF-8 cannot encode, is written as
 * {@code ?}, as the driver writes it in a statement's parameter; the registry's use cases refuse
 * such text before it reaches a store.
 */
final class PgCopyIn {

    private static final int BUFFER = 1 << 16;

    private PgCopyIn() {
    }

    static void copy(Connection connection, String table, List<String> columns,
            List<? extends List<?>> rows) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table
                + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)");
        try {
            CsvOut out = new CsvOut(copy);
            for (List<?> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    if (i > 0) {
                        out.put(',');
                    }
                    out.value(row.get(i));
                }
                out.put('\n');
            }
            out.flush();
            copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            cancel(copy, e);
            throw e;
        }
    }

    /** Ends a copy that failed on this side, so that the connection can roll back. */
    private static void cancel(CopyIn copy, Exception failure) {
        if (!copy.isActive()) {
            return;
        }
        try {
            copy.cancelCopy();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** The CSV text of one copy, encoded as UTF-8 into a buffer sent whenever it fills. */
    private static final class CsvOut {

        private final CopyIn copy;
        private final byte[] buffer = new byte[BUFFER];
        private int length;

        CsvOut(CopyIn copy) {
            this.copy = copy;
        }

        void value(Object value) throws SQLException {
            if (value instanceof BulkRows.Null) {
                return;
            }
            if (value instanceof Boolean flag) {
                put(flag ? 't' : 'f');
            } else if (value instanceof String string) {
                put('"');
                encode(string, true);
                put('"');
            } else {
                encode(value.toString(), false);
            }
        }

        /**
         * Encodes a text as UTF-8, doubling each quote inside a quoted value, as CSV writes a
         * quote there.
         */
        private void encode(String string, boolean quoted) throws SQLException {
            for (int i = 0; i < string.length(); i++) {
                char c = string.charAt(i);
                if (c == '"' && quoted) {
                    put('"');
                }
                if (c < 0x80) {
                    put(c);
                } else {
                    i = wide(string, i);
                }
            }
        }

        /** Encodes the character at {@code i}, or the pair it starts; returns its last index. */
        private int wide(String string, int i) throws SQLException {
            char c = string.charAt(i);
            if (c < 0x800) {
                put(0xC0 | c >> 6);
                put(0x80 | c & 0x3F);
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < string.length()
                    && Character.isLowSurrogate(string.charAt(i + 1))) {
                int point = Character.toCodePoint(c, string.charAt(i + 1));
                put(0xF0 | point >> 18);
                put(0x80 | point >> 12 & 0x3F);
                put(0x80 | point >> 6 & 0x3F);
                put(0x80 | point & 0x3F);
                return i + 1;
            }
            if (Character.isSurrogate(c)) {
                put('?');
                return i;
            }
            put(0xE0 | c >> 12);
            put(0x80 | c >> 6 & 0x3F);
            put(0x80 | c & 0x3F);
            return i;
        }

        void put(int b) throws SQLException {
            if (length == buffer.length) {
                flush();
            }
            buffer[length++] = (byte) b;
        }

        void flush() throws SQLException {
            if (length > 0) {
                copy.writeToCopy(buffer, 0, length);
                length = 0;
            }
        }
    }
}
