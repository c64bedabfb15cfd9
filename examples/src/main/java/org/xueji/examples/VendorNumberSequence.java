package org.xueji.examples;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.spi.NumberSequence;

/**
 * A vendor's own adapter for one port, as a sample: the regional-number sequence kept in a table
 * of the vendor's database, {@code vendor_sequence(name, last_value)}. Its test,
 * {@code VendorNumberSequenceTest}, extends the test kit's {@code NumberSequenceContract}, the
 * same suite the shipped adapters pass.
 *
 * <p>Each number is taken in a short transaction of its own on its own connection, so a number
 * is never handed out twice even when the caller's transaction rolls back (the gap stays, as the
 * port allows). The row lock of the {@code UPDATE} serialises concurrent callers; the first
 * number of a new name is inserted, and a caller that loses the race to insert it updates instead.
 *
 * <p>This class is thread-safe.
 */
public final class VendorNumberSequence implements NumberSequence {

    private static final String DUPLICATE_KEY = "23505";

    private final DataSource dataSource;

    /**
     * Creates the sequence over a data source, creating its table if it is absent.
     *
     * @param dataSource  the vendor's database, not null
     * @throws RegistryException with {@link ErrorCode#STORAGE_FAILURE} if the table cannot be
     *     created
     */
    public VendorNumberSequence(DataSource dataSource) {
        this.dataSource = requireNonNull(dataSource, "dataSource");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS vendor_sequence ("
                    + "name VARCHAR(64) PRIMARY KEY, last_value BIGINT NOT NULL)");
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public long next(String key) {
        requireNonNull(key, "key");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long next = increment(connection, key);
                connection.commit();
                return next;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static long increment(Connection connection, String key) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE vendor_sequence SET last_value = last_value + 1 WHERE name = ?")) {
            update.setString(1, key);
            if (update.executeUpdate() == 0 && !insertFirst(connection, key)) {
                update.executeUpdate();
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_value FROM vendor_sequence WHERE name = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Inserts the first number of a name; false if another caller inserted it first. */
    private static boolean insertFirst(Connection connection, String key) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO vendor_sequence (name, last_value) VALUES (?, 1)")) {
            insert.setString(1, key);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static RegistryException failure(SQLException e) {
        return new RegistryException(ErrorCode.STORAGE_FAILURE,
                "序号表读写失败（SQLSTATE " + e.getSQLState() + "）",
                "The sequence table failed (SQLSTATE " + e.getSQLState() + ")", e);
    }
}
