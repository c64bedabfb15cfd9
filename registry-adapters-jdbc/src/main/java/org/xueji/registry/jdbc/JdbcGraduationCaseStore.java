package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.graduation.GraduationCase;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.SqlErrors;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.GraduationCaseStore;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.StudentId;

/**
 * Senior-high graduation cases in the {@code graduation_case} table, one per student, keyed by
 * the student's county (from {@code student_locator}) and the student, so a case can be stored
 * only for a stored student and moves with the student to another county. An update is one
 * UPDATE conditional on the version read. A listing reads the counties within the division by a
 * range of the key and the state, then keeps the cases whose place lies within it. Thread-safe.
 */
final class JdbcGraduationCaseStore implements GraduationCaseStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcGraduationCaseStore.class);
    private static final String SELECT = "SELECT g.student_id, g.place_division, g.school_id,"
            + " g.central_school_id, g.graduation_year, g.kind, g.state, g.return_reason,"
            + " g.changed_at, g.version FROM graduation_case g";

    private final JdbcTransactions transactions;

    JdbcGraduationCaseStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * {@inheritDoc}
     *
     * @throws org.xueji.registry.RegistryException with {@code NOT_FOUND} if the student is not
     *     stored
     */
    @Override
    public void insert(GraduationCase graduationCase) {
        requireNonNull(graduationCase, "graduationCase");
        StudentId student = graduationCase.student();
        transactions.withConnection("新增毕业审核", "adding a graduation case", connection -> {
            String county = Rows.countyOf(connection, student, false);
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO graduation_case (place_division, school_id, central_school_id,"
                            + " graduation_year, kind, state, return_reason, changed_at,"
                            + " version, county_code, student_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int next = bindFields(statement, graduationCase);
                statement.setString(next, county);
                statement.setString(next + 1, student.toString());
                statement.executeUpdate();
            } catch (SQLException e) {
                if (SqlErrors.isDuplicateKey(e)) {
                    throw StoreFailures.duplicate(RecordKind.GRADUATION_CASE, student);
                }
                throw e;
            }
            LOG.trace("Inserted the graduation case of student {}", student);
            return null;
        });
    }

    @Override
    public GraduationCase update(GraduationCase graduationCase) {
        requireNonNull(graduationCase, "graduationCase");
        StudentId student = graduationCase.student();
        long version = graduationCase.version();
        return transactions.withConnection("修改毕业审核", "updating a graduation case",
                connection -> {
                    GraduationCase stored = find(connection, student).orElseThrow(() ->
                            StoreFailures.notFound(RecordKind.GRADUATION_CASE, student));
                    GraduationCase updated = graduationCase.withVersion(version + 1);
                    try (PreparedStatement statement = connection.prepareStatement(
                            "UPDATE graduation_case SET place_division = ?, school_id = ?,"
                                    + " central_school_id = ?, graduation_year = ?, kind = ?,"
                                    + " state = ?, return_reason = ?, changed_at = ?,"
                                    + " version = ? WHERE county_code = ? AND student_id = ?"
                                    + " AND version = ?")) {
                        int next = bindFields(statement, updated);
                        statement.setString(next, Rows.countyOf(connection, student, false));
                        statement.setString(next + 1, student.toString());
                        statement.setLong(next + 2, version);
                        if (statement.executeUpdate() == 0) {
                            throw StoreFailures.staleVersion(RecordKind.GRADUATION_CASE,
                                    student, version, stored.version());
                        }
                    }
                    LOG.trace("Updated the graduation case of student {} to version {}",
                            student, version + 1);
                    return updated;
                });
    }

    @Override
    public Optional<GraduationCase> find(StudentId student) {
        requireNonNull(student, "student");
        return transactions.withConnection("查询毕业审核", "reading a graduation case",
                connection -> find(connection, student));
    }

    @Override
    public List<GraduationCase> listWithin(DivisionCode division, GraduationCase.State state) {
        requireNonNull(division, "division");
        requireNonNull(state, "state");
        String[] range = Rows.divisionRange(division);
        return transactions.withConnection("查询毕业审核", "listing graduation cases",
                connection -> {
                    List<GraduationCase> cases = new ArrayList<>();
                    try (PreparedStatement statement = connection.prepareStatement(SELECT
                            + " WHERE g.county_code BETWEEN ? AND ? AND g.state = ?")) {
                        statement.setString(1, range[0]);
                        statement.setString(2, range[1]);
                        statement.setString(3, state.name());
                        try (ResultSet row = statement.executeQuery()) {
                            while (row.next()) {
                                GraduationCase found = graduationCase(row);
                                if (found.place().division().isWithin(division)) {
                                    cases.add(found);
                                }
                            }
                        }
                    }
                    cases.sort(Comparator.comparing(GraduationCase::student));
                    return List.copyOf(cases);
                });
    }

    private static Optional<GraduationCase> find(Connection connection, StudentId student)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT
                + " JOIN student_locator l ON g.county_code = l.county_code"
                + " AND g.student_id = l.student_id WHERE l.student_id = ?")) {
            statement.setString(1, student.toString());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(graduationCase(row)) : Optional.empty();
            }
        }
    }

    private static int bindFields(PreparedStatement statement, GraduationCase graduationCase)
            throws SQLException {
        Scope place = graduationCase.place();
        statement.setString(1, place.division().value());
        Rows.setNullable(statement, 2, place.school().map(SchoolIdentifier::value).orElse(null));
        Rows.setNullable(statement, 3,
                place.centralSchool().map(SchoolIdentifier::value).orElse(null));
        statement.setInt(4, graduationCase.year().startYear());
        statement.setString(5, graduationCase.kind().name());
        statement.setString(6, graduationCase.state().name());
        Rows.setNullable(statement, 7, graduationCase.returnReason());
        Rows.setInstant(statement, 8, graduationCase.changedAt());
        statement.setLong(9, graduationCase.version());
        return 10;
    }

    private static GraduationCase graduationCase(ResultSet row) throws SQLException {
        return new GraduationCase(StudentId.parse(row.getString("student_id")),
                Rows.scope(row.getString("place_division"), row.getString("school_id"),
                        row.getString("central_school_id")),
                AcademicYear.of(row.getInt("graduation_year")),
                GraduationKind.valueOf(row.getString("kind")),
                GraduationCase.State.valueOf(row.getString("state")),
                row.getString("return_reason"), Rows.instant(row, "changed_at"),
                row.getLong("version"));
    }
}
