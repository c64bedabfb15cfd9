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
import org.xueji.registry.code.EconomicAttribute;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.SqlErrors;
import org.xueji.registry.organisation.Authority;
import org.xueji.registry.organisation.AuthorityProfile;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.spi.AuthorityStore;
import org.xueji.registry.spi.StoreFailures;

/**
 * Authorities in the {@code authority} table, unique by unit code (the primary key) and by
 * division ({@code uq_authority_division}). Thread-safe.
 */
final class JdbcAuthorityStore implements AuthorityStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcAuthorityStore.class);
    private static final String SELECT = "SELECT unit_code, division_code, name, address,"
            + " region_category, economic_attribute, ethnic_attribute, phone, version"
            + " FROM authority";
    private static final String INSERT = "INSERT INTO authority (name, address,"
            + " region_category, economic_attribute, ethnic_attribute, phone, division_code,"
            + " version, unit_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE authority SET name = ?, address = ?,"
            + " region_category = ?, economic_attribute = ?, ethnic_attribute = ?, phone = ?,"
            + " division_code = ?, version = ? WHERE unit_code = ? AND version = ?";

    private final JdbcTransactions transactions;

    JdbcAuthorityStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(Authority authority) {
        requireNonNull(authority, "authority");
        transactions.withConnection("新增学籍主管单位", "adding an authority", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                bind(statement, authority, authority.version());
                statement.executeUpdate();
            } catch (SQLException e) {
                if (!SqlErrors.isDuplicateKey(e)) {
                    throw e;
                }
                throw SqlErrors.names(e, "uq_authority_division")
                        ? StoreFailures.duplicate(RecordKind.AUTHORITY, authority.division())
                        : StoreFailures.duplicate(RecordKind.AUTHORITY, authority.code());
            }
            LOG.trace("Inserted authority {}", authority.code());
            return null;
        });
    }

    @Override
    public Authority update(Authority authority) {
        requireNonNull(authority, "authority");
        long version = authority.version();
        return transactions.withConnection("修改学籍主管单位", "updating an authority",
                connection -> {
                    int updated;
                    try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
                        bind(statement, authority, version + 1);
                        statement.setLong(10, version);
                        updated = statement.executeUpdate();
                    }
                    if (updated == 0) {
                        throw refusal(connection, authority.code(), version);
                    }
                    LOG.trace("Updated authority {} to version {}", authority.code(), version + 1);
                    return authority.withVersion(version + 1);
                });
    }

    @Override
    public Optional<Authority> find(UnitCode code) {
        requireNonNull(code, "code");
        return one(SELECT + " WHERE unit_code = ?", code.value());
    }

    @Override
    public Optional<Authority> findByDivision(DivisionCode division) {
        requireNonNull(division, "division");
        return one(SELECT + " WHERE division_code = ?", division.value());
    }

    @Override
    public List<Authority> listWithin(DivisionCode division) {
        requireNonNull(division, "division");
        String[] range = Rows.divisionRange(division);
        return transactions.withConnection("查询学籍主管单位", "listing authorities",
                connection -> {
                    try (PreparedStatement statement = connection.prepareStatement(SELECT
                            + " WHERE division_code BETWEEN ? AND ? ORDER BY division_code")) {
                        statement.setString(1, range[0]);
                        statement.setString(2, range[1]);
                        return all(statement);
                    }
                });
    }

    private Optional<Authority> one(String sql, String key) {
        return transactions.withConnection("查询学籍主管单位", "reading an authority",
                connection -> {
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.setString(1, key);
                        return all(statement).stream().findFirst();
                    }
                });
    }

    private static List<Authority> all(PreparedStatement statement) throws SQLException {
        List<Authority> authorities = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                authorities.add(authority(row));
            }
        }
        return authorities;
    }

    private static void bind(PreparedStatement statement, Authority authority, long version)
            throws SQLException {
        AuthorityProfile profile = authority.profile();
        statement.setString(1, profile.name());
        statement.setString(2, profile.address());
        statement.setString(3, profile.regionCategory());
        statement.setString(4, profile.economicAttribute().code());
        statement.setString(5, profile.ethnicAttribute());
        statement.setString(6, profile.phone());
        statement.setString(7, authority.division().value());
        statement.setLong(8, version);
        statement.setString(9, authority.code().value());
    }

    private static RuntimeException refusal(Connection connection, UnitCode code, long expected)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT version FROM authority WHERE unit_code = ?")) {
            statement.setString(1, code.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? StoreFailures.staleVersion(RecordKind.AUTHORITY, code, expected,
                                row.getLong(1))
                        : StoreFailures.notFound(RecordKind.AUTHORITY, code);
            }
        }
    }

    private static Authority authority(ResultSet row) throws SQLException {
        AuthorityProfile profile = AuthorityProfile.builder()
                .name(row.getString("name"))
                .address(row.getString("address"))
                .regionCategory(row.getString("region_category"))
                .economicAttribute(
                        Rows.code(EconomicAttribute.class, row.getString("economic_attribute")))
                .ethnicAttribute(row.getString("ethnic_attribute"))
                .phone(row.getString("phone"))
                .build();
        return Authority.of(UnitCode.parse(row.getString("unit_code")),
                DivisionCode.parse(row.getString("division_code")), profile,
                row.getLong("version"));
    }
}
