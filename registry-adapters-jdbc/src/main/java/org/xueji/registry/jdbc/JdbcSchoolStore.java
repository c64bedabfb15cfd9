package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.Scope;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.code.SchoolOwnership;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.UrbanRuralType;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.SqlErrors;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.SchoolProfile;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.spi.SchoolStore;
import org.xueji.registry.spi.StoreFailures;

/**
 * Schools in the {@code school} table, unique by identifier (the primary key). Listings by
 * division scan a range of {@code ix_school_division}, branch listings {@code ix_school_central}.
 * Thread-safe.
 */
final class JdbcSchoolStore implements SchoolStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcSchoolStore.class);
    private static final String SELECT = "SELECT school_id, division_code, authority_unit_code,"
            + " central_school_id, name, school_code, phone, ownership_code, urban_rural_code,"
            + " category_code, school_system_code, district_code, classes_per_grade, version"
            + " FROM school";
    private static final String INSERT = "INSERT INTO school (division_code,"
            + " authority_unit_code, central_school_id, name, school_code, phone,"
            + " ownership_code, urban_rural_code, category_code, school_system_code,"
            + " district_code, classes_per_grade, version, school_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE school SET division_code = ?,"
            + " authority_unit_code = ?, central_school_id = ?, name = ?, school_code = ?,"
            + " phone = ?, ownership_code = ?, urban_rural_code = ?, category_code = ?,"
            + " school_system_code = ?, district_code = ?, classes_per_grade = ?, version = ?"
            + " WHERE school_id = ? AND version = ?";

    private final JdbcTransactions transactions;

    JdbcSchoolStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(School school) {
        requireNonNull(school, "school");
        transactions.withConnection("新增学校", "adding a school", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                bind(statement, school, school.version());
                statement.executeUpdate();
            } catch (SQLException e) {
                if (SqlErrors.isDuplicateKey(e)) {
                    throw StoreFailures.duplicate(RecordKind.SCHOOL, school.identifier());
                }
                throw e;
            }
            LOG.trace("Inserted school {}", school.identifier());
            return null;
        });
    }

    @Override
    public School update(School school) {
        requireNonNull(school, "school");
        long version = school.version();
        return transactions.withConnection("修改学校", "updating a school", connection -> {
            int updated;
            try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
                bind(statement, school, version + 1);
                statement.setLong(15, version);
                updated = statement.executeUpdate();
            }
            if (updated == 0) {
                throw refusal(connection, school.identifier(), version);
            }
            LOG.trace("Updated school {} to version {}", school.identifier(), version + 1);
            return school.withVersion(version + 1);
        });
    }

    @Override
    public Optional<School> find(SchoolIdentifier school) {
        requireNonNull(school, "school");
        return list("查询学校", "reading a school", SELECT + " WHERE school_id = ?",
                school.value()).stream().findFirst();
    }

    @Override
    public Optional<Scope> placeOf(SchoolIdentifier school) {
        requireNonNull(school, "school");
        return transactions.withConnection("查询学校", "locating a school", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT division_code, central_school_id FROM school WHERE school_id = ?")) {
                statement.setString(1, school.value());
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(Rows.scope(row.getString(1), school.value(),
                                    row.getString(2)))
                            : Optional.<Scope>empty();
                }
            }
        });
    }

    /**
     * Holds a school by locking its row ({@code SELECT ... FOR UPDATE}) until the transaction
     * ends. On PostgreSQL and H2, whose transactions read committed data statement by statement,
     * the reads after it see what the previous holder committed. On MySQL and MariaDB, whose
     * default isolation is repeatable read, that holds only when this is the transaction's first
     * read, because their snapshot is taken at the first plain read; the registry calls it
     * first in each form's unit of work.
     *
     * @param school  the school, not null
     */
    @Override
    public void hold(SchoolIdentifier school) {
        requireNonNull(school, "school");
        transactions.withConnection("锁定学校", "holding a school", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT version FROM school WHERE school_id = ? FOR UPDATE")) {
                statement.setString(1, school.value());
                try (ResultSet row = statement.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    @Override
    public List<School> listWithin(DivisionCode division) {
        requireNonNull(division, "division");
        String[] range = Rows.divisionRange(division);
        return list("查询学校", "listing schools",
                SELECT + " WHERE division_code BETWEEN ? AND ? ORDER BY school_id",
                range[0], range[1]);
    }

    @Override
    public List<School> listBranches(SchoolIdentifier centralSchool) {
        requireNonNull(centralSchool, "centralSchool");
        return list("查询分校", "listing branch schools",
                SELECT + " WHERE central_school_id = ? ORDER BY school_id", centralSchool.value());
    }

    private List<School> list(String chineseAction, String englishAction, String sql,
            String... parameters) {
        return transactions.withConnection(chineseAction, englishAction, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setString(i + 1, parameters[i]);
                }
                List<School> schools = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        schools.add(school(row));
                    }
                }
                return schools;
            }
        });
    }

    private static void bind(PreparedStatement statement, School school, long version)
            throws SQLException {
        SchoolProfile profile = school.profile();
        statement.setString(1, school.division().value());
        statement.setString(2, school.authority().value());
        Rows.setNullable(statement, 3,
                school.centralSchool().map(SchoolIdentifier::value).orElse(null));
        statement.setString(4, profile.name());
        statement.setString(5, profile.schoolCode().value());
        statement.setString(6, profile.phone());
        statement.setString(7, profile.ownership().code());
        statement.setString(8, profile.urbanRuralType().code());
        statement.setString(9, profile.category().code());
        statement.setString(10, profile.schoolSystem().code());
        statement.setString(11, profile.districtCode());
        statement.setInt(12, school.classesPerGrade());
        statement.setLong(13, version);
        statement.setString(14, school.identifier().value());
    }

    private static RuntimeException refusal(Connection connection, SchoolIdentifier school,
            long expected) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT version FROM school WHERE school_id = ?")) {
            statement.setString(1, school.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? StoreFailures.staleVersion(RecordKind.SCHOOL, school, expected,
                                row.getLong(1))
                        : StoreFailures.notFound(RecordKind.SCHOOL, school);
            }
        }
    }

    private static School school(ResultSet row) throws SQLException {
        SchoolProfile profile = SchoolProfile.builder()
                .name(row.getString("name"))
                .schoolCode(UnitCode.parse(row.getString("school_code")))
                .phone(row.getString("phone"))
                .ownership(Rows.code(SchoolOwnership.class, row.getString("ownership_code")))
                .urbanRuralType(
                        Rows.code(UrbanRuralType.class, row.getString("urban_rural_code")))
                .category(Rows.code(SchoolCategory.class, row.getString("category_code")))
                .schoolSystem(Rows.code(SchoolSystem.class, row.getString("school_system_code")))
                .districtCode(row.getString("district_code"))
                .build();
        return School.of(SchoolIdentifier.parse(row.getString("school_id")),
                UnitCode.parse(row.getString("authority_unit_code")),
                DivisionCode.parse(row.getString("division_code")),
                Rows.school(row.getString("central_school_id")), profile,
                row.getInt("classes_per_grade"), row.getLong("version"));
    }
}
