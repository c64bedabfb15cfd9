package org.xueji.registry.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.Scope;
import org.xueji.registry.code.CodeTable;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.student.StudentId;

/**
 * Conversions between the registry's values and columns, shared by the stores.
 */
final class Rows {

    private Rows() {
    }

    /** Binds an instant as a UTC timestamp without time zone. */
    static void setInstant(PreparedStatement statement, int index, Instant instant)
            throws SQLException {
        statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** Reads a UTC timestamp without time zone as an instant. */
    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    /** Binds a text that may be absent. */
    static void setNullable(PreparedStatement statement, int index, String value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** Returns the entry of a code table whose code is exactly the stored text. */
    static <E extends Enum<E> & CodeTable> E code(Class<E> table, String stored) {
        for (E entry : table.getEnumConstants()) {
            if (entry.code().equals(stored)) {
                return entry;
            }
        }
        throw new IllegalStateException(
                "stored code " + stored + " is not in " + table.getSimpleName());
    }

    /**
     * Returns the lowest and highest six-digit codes of the divisions within a division, for a
     * {@code BETWEEN} on a division column that its index can serve.
     */
    static String[] divisionRange(DivisionCode division) {
        String code = division.value();
        switch (division.level()) {
            case PROVINCE:
                return new String[] {code.substring(0, 2) + "0000", code.substring(0, 2) + "9999"};
            case CITY:
                return new String[] {code.substring(0, 4) + "00", code.substring(0, 4) + "99"};
            default:
                return new String[] {code, code};
        }
    }

    /** Returns the school identifier of a column that may be null. */
    static SchoolIdentifier school(String stored) {
        return stored == null ? null : SchoolIdentifier.parse(stored);
    }

    /** Rebuilds a scope from its division, school and central school. */
    static Scope scope(String division, String school, String centralSchool) {
        DivisionCode code = DivisionCode.parse(division);
        if (school == null) {
            return Scope.of(code);
        }
        if (centralSchool == null) {
            return Scope.ofSchool(SchoolIdentifier.parse(school), code);
        }
        return Scope.ofBranchSchool(SchoolIdentifier.parse(school),
                SchoolIdentifier.parse(centralSchool), code);
    }

    /**
     * Returns the number the next entry of a student's numbered entries gets in a table keyed by
     * county, student and {@code entry_number}: one more than the highest so far, or 1. The
     * caller holds the lock on the student's locator row ({@link #countyOf} with {@code lock}),
     * so two appends for one student never take the same number.
     *
     * @param table  the table's name, one of the adapter's own constants, never a user value
     */
    static int nextEntryNumber(Connection connection, String table, String county,
            StudentId student) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COALESCE(MAX(entry_number), 0) FROM " + table
                        + " WHERE county_code = ? AND student_id = ?")) {
            statement.setString(1, county);
            statement.setString(2, student.toString());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1) + 1;
            }
        }
    }

    /**
     * Returns the county of a stored student's row, from {@code student_locator}, locking the
     * locator row until the transaction ends if asked to.
     *
     * @throws org.xueji.registry.RegistryException with {@code NOT_FOUND} if no such student
     */
    static String countyOf(Connection connection, StudentId student, boolean lock)
            throws SQLException {
        String sql = "SELECT county_code FROM student_locator WHERE student_id = ?"
                + (lock ? " FOR UPDATE" : "");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, student.toString());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw StoreFailures.notFound(RecordKind.STUDENT, student);
                }
                return row.getString(1);
            }
        }
    }
}
