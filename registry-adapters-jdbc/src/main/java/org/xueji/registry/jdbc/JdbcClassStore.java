package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.RecordKind;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.SqlErrors;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.ClassStore;
import org.xueji.registry.spi.StoreFailures;

/**
 * Classes in the {@code school_class} table, unique by class id. The table's key starts with
 * the division of the class's school, which every statement looks up in {@code school}; so,
 * unlike the in-memory store, this one refuses a class whose school is not stored, with
 * {@link org.xueji.registry.ErrorCode#NOT_FOUND}. Thread-safe.
 */
final class JdbcClassStore implements ClassStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcClassStore.class);
    private static final String SCHOOL_DIVISION =
            "(SELECT division_code FROM school WHERE school_id = ?)";
    private static final String SELECT = "SELECT school_id, cohort_year, class_number, name,"
            + " head_teacher, founded, school_system_code, class_type_code, honours, version"
            + " FROM school_class WHERE division_code = " + SCHOOL_DIVISION + " AND school_id = ?";
    private static final String INSERT = "INSERT INTO school_class (name, head_teacher,"
            + " founded, school_system_code, class_type_code, honours, version, division_code,"
            + " school_id, cohort_year, class_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE school_class SET name = ?, head_teacher = ?,"
            + " founded = ?, school_system_code = ?, class_type_code = ?, honours = ?,"
            + " version = ? WHERE division_code = " + SCHOOL_DIVISION
            + " AND school_id = ? AND cohort_year = ? AND class_number = ? AND version = ?";

    private final JdbcTransactions transactions;

    JdbcClassStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(SchoolClass schoolClass) {
        requireNonNull(schoolClass, "schoolClass");
        ClassId id = schoolClass.id();
        transactions.withConnection("新增班级", "adding a class", connection -> {
            String division = divisionOf(connection, id.school());
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                bindProfile(statement, schoolClass.profile(), schoolClass.version());
                statement.setString(8, division);
                statement.setString(9, id.school().value());
                statement.setInt(10, id.cohort().startYear());
                statement.setInt(11, id.number());
                statement.executeUpdate();
            } catch (SQLException e) {
                if (SqlErrors.isDuplicateKey(e)) {
                    throw StoreFailures.duplicate(RecordKind.CLASS, id);
                }
                throw e;
            }
            LOG.trace("Inserted class {}", id);
            return null;
        });
    }

    @Override
    public SchoolClass update(SchoolClass schoolClass) {
        requireNonNull(schoolClass, "schoolClass");
        ClassId id = schoolClass.id();
        long version = schoolClass.version();
        return transactions.withConnection("修改班级", "updating a class", connection -> {
            int updated;
            try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
                bindProfile(statement, schoolClass.profile(), version + 1);
                bindId(statement, 8, id);
                statement.setLong(12, version);
                updated = statement.executeUpdate();
            }
            if (updated == 0) {
                Optional<SchoolClass> stored = read(connection, id);
                throw stored.isPresent()
                        ? StoreFailures.staleVersion(RecordKind.CLASS, id, version,
                                stored.get().version())
                        : StoreFailures.notFound(RecordKind.CLASS, id);
            }
            LOG.trace("Updated class {} to version {}", id, version + 1);
            return schoolClass.withVersion(version + 1);
        });
    }

    @Override
    public Optional<SchoolClass> find(ClassId id) {
        requireNonNull(id, "id");
        return transactions.withConnection("查询班级", "reading a class",
                connection -> read(connection, id));
    }

    @Override
    public List<SchoolClass> listBySchool(SchoolIdentifier school) {
        requireNonNull(school, "school");
        return list(SELECT + " ORDER BY cohort_year, class_number", school, null);
    }

    @Override
    public List<SchoolClass> listByCohort(SchoolIdentifier school, AcademicYear cohort) {
        requireNonNull(school, "school");
        requireNonNull(cohort, "cohort");
        return list(SELECT + " AND cohort_year = ? ORDER BY class_number", school, cohort);
    }

    private List<SchoolClass> list(String sql, SchoolIdentifier school, AcademicYear cohort) {
        return transactions.withConnection("查询班级", "listing classes", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, school.value());
                statement.setString(2, school.value());
                if (cohort != null) {
                    statement.setInt(3, cohort.startYear());
                }
                return all(statement);
            }
        });
    }

    private static Optional<SchoolClass> read(Connection connection, ClassId id)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                SELECT + " AND cohort_year = ? AND class_number = ?")) {
            bindId(statement, 1, id);
            return all(statement).stream().findFirst();
        }
    }

    private static String divisionOf(Connection connection, SchoolIdentifier school)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT division_code FROM school WHERE school_id = ?")) {
            statement.setString(1, school.value());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw StoreFailures.notFound(RecordKind.SCHOOL, school);
                }
                return row.getString(1);
            }
        }
    }

    private static List<SchoolClass> all(PreparedStatement statement) throws SQLException {
        List<SchoolClass> classes = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                classes.add(schoolClass(row));
            }
        }
        return classes;
    }

    private static void bindProfile(PreparedStatement statement, ClassProfile profile,
            long version) throws SQLException {
        statement.setString(1, profile.name());
        statement.setString(2, profile.headTeacher());
        statement.setString(3, profile.founded().toString());
        statement.setString(4, profile.schoolSystem().code());
        statement.setString(5, profile.classType().code());
        statement.setString(6, profile.honours());
        statement.setLong(7, version);
    }

    /** Binds the school twice (for its division and itself), the cohort and the number. */
    private static void bindId(PreparedStatement statement, int index, ClassId id)
            throws SQLException {
        statement.setString(index, id.school().value());
        statement.setString(index + 1, id.school().value());
        statement.setInt(index + 2, id.cohort().startYear());
        statement.setInt(index + 3, id.number());
    }

    private static SchoolClass schoolClass(ResultSet row) throws SQLException {
        ClassProfile profile = ClassProfile.builder()
                .name(row.getString("name"))
                .headTeacher(row.getString("head_teacher"))
                .founded(YearMonth.parse(row.getString("founded")))
                .schoolSystem(Rows.code(SchoolSystem.class, row.getString("school_system_code")))
                .classType(Rows.code(ClassType.class, row.getString("class_type_code")))
                .honours(row.getString("honours"))
                .build();
        ClassId id = ClassId.of(SchoolIdentifier.parse(row.getString("school_id")),
                AcademicYear.of(row.getInt("cohort_year")), row.getInt("class_number"));
        return SchoolClass.of(id, profile, row.getLong("version"));
    }
}
