package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.Scope;
import org.xueji.registry.change.ApprovalStep;
import org.xueji.registry.change.CaseId;
import org.xueji.registry.change.CaseState;
import org.xueji.registry.change.ChangeCase;
import org.xueji.registry.change.ChangeKind;
import org.xueji.registry.change.Decision;
import org.xueji.registry.change.Party;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.KeyValueText;
import org.xueji.registry.jdbc.internal.SqlErrors;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.ChangeCaseStore;
import org.xueji.registry.spi.OpenCases;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.student.StudentId;

/**
 * Change cases (学籍变动申请) in the {@code change_case} table, keyed by the county of the
 * student's place when the case was applied for and the case id; {@code change_case_locator}
 * keeps each id unique in the whole registry and finds its county, as {@code student_locator}
 * does for students. Cases are never deleted; an update is one UPDATE conditional on the version
 * read, so two approvers deciding the same step get one success and one stale version.
 *
 * <p>The step awaiting a decision has its scope in the {@code pending_level},
 * {@code pending_division}, {@code pending_school} and {@code pending_central_school} columns
 * (null when no step awaits one), so {@link #listPendingFor} is an indexed query: an authority's
 * inbox by division and level, a school's by the step's school or central school. A student's
 * cases are found by the index on student and state, which also answers {@link OpenCases}
 * within the caller's transaction.
 *
 * <p>Columns of text, each as {@link KeyValueText} writes it: {@code proofs} one line per proof;
 * {@code details} the map {@link ChangeDetailsText} documents; {@code steps} one record per
 * approval step, in order, with the fields party, scope division, scope school, scope central
 * school, decision, deciding account, decision time (ISO instant), comment and due day (ISO
 * date), absent ones {@code \0}. Thread-safe.
 */
final class JdbcChangeCaseStore implements ChangeCaseStore, OpenCases {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcChangeCaseStore.class);
    private static final Comparator<ChangeCase> APPLICATION_ORDER =
            Comparator.comparing(ChangeCase::appliedAt).thenComparing(ChangeCase::id);
    private static final List<String> COLUMNS = List.of("county_code", "case_id",
            "student_id", "kind", "place_division", "place_school", "place_central_school",
            "stage", "applicant", "applicant_division", "applicant_school",
            "applicant_central_school", "applicant_account", "applied_at", "reason", "proofs",
            "details", "steps", "state", "note", "closed_at", "pending_level",
            "pending_division", "pending_school", "pending_central_school", "version");
    private static final String SELECT = "SELECT "
            + COLUMNS.stream().map(column -> "c." + column).collect(Collectors.joining(", "))
            + " FROM change_case c";
    private static final String INSERT = "INSERT INTO change_case (" + String.join(", ", COLUMNS)
            + ") VALUES (" + COLUMNS.stream().map(column -> "?").collect(Collectors.joining(", "))
            + ")";
    private static final String UPDATE = "UPDATE change_case SET "
            + COLUMNS.subList(2, COLUMNS.size()).stream().map(column -> column + " = ?")
                    .collect(Collectors.joining(", "))
            + " WHERE county_code = ? AND case_id = ? AND version = ?";
    private static final List<String> OPEN_STATES = Arrays.stream(CaseState.values())
            .filter(CaseState::isOpen).map(Enum::name).collect(Collectors.toList());
    private static final String OPEN = " AND c.state IN (" + OPEN_STATES.stream()
            .map(state -> "?").collect(Collectors.joining(", ")) + ")";

    private final JdbcTransactions transactions;

    JdbcChangeCaseStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(ChangeCase changeCase) {
        requireNonNull(changeCase, "changeCase");
        transactions.withConnection("新增变动申请", "adding a change case", connection -> {
            String county = changeCase.place().division().value();
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO change_case_locator (case_id, county_code) VALUES (?, ?)")) {
                statement.setString(1, changeCase.id().toString());
                statement.setString(2, county);
                statement.executeUpdate();
            } catch (SQLException e) {
                if (SqlErrors.isDuplicateKey(e)) {
                    throw StoreFailures.duplicate(RecordKind.CHANGE_CASE, changeCase.id());
                }
                throw e;
            }
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                statement.setString(1, county);
                statement.setString(2, changeCase.id().toString());
                bindFields(statement, 3, changeCase);
                statement.executeUpdate();
            }
            LOG.trace("Inserted change case {} of student {}", changeCase.id(),
                    changeCase.student());
            return null;
        });
    }

    @Override
    public ChangeCase update(ChangeCase changeCase) {
        requireNonNull(changeCase, "changeCase");
        CaseId id = changeCase.id();
        long version = changeCase.version();
        return transactions.withConnection("修改变动申请", "updating a change case",
                connection -> {
                    String county = countyOf(connection, id);
                    ChangeCase updated = changeCase.withVersion(version + 1);
                    try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
                        int next = bindFields(statement, 1, updated);
                        statement.setString(next, county);
                        statement.setString(next + 1, id.toString());
                        statement.setLong(next + 2, version);
                        if (statement.executeUpdate() == 0) {
                            long stored = read(connection, SELECT
                                    + " WHERE c.county_code = ? AND c.case_id = ?",
                                    List.of(county, id.toString())).get(0).version();
                            throw StoreFailures.staleVersion(RecordKind.CHANGE_CASE, id,
                                    version, stored);
                        }
                    }
                    LOG.trace("Updated change case {} to version {}", id, version + 1);
                    return updated;
                });
    }

    @Override
    public Optional<ChangeCase> find(CaseId id) {
        requireNonNull(id, "id");
        String sql = SELECT + " JOIN change_case_locator l"
                + " ON c.county_code = l.county_code AND c.case_id = l.case_id"
                + " WHERE l.case_id = ?";
        return transactions.withConnection("查询变动申请", "reading a change case", connection ->
                read(connection, sql, List.of(id.toString())).stream().findFirst());
    }

    @Override
    public List<ChangeCase> listForStudent(StudentId student) {
        requireNonNull(student, "student");
        return transactions.withConnection("查询变动申请", "listing a student's change cases",
                connection -> read(connection, SELECT + " WHERE c.student_id = ?",
                        List.of(student.toString())));
    }

    @Override
    public List<ChangeCase> listOpenForStudent(StudentId student) {
        requireNonNull(student, "student");
        return transactions.withConnection("查询变动申请", "listing a student's open cases",
                connection -> read(connection, SELECT + " WHERE c.student_id = ?" + OPEN,
                        openParameters(student)));
    }

    @Override
    public List<ChangeCase> listPendingFor(Scope approver) {
        requireNonNull(approver, "approver");
        String sql;
        List<Object> values;
        Scope.Level level = approver.level();
        if (level.isAuthority()) {
            sql = SELECT + " WHERE c.pending_division = ? AND c.pending_level = ?";
            values = List.of(approver.division().value(), level.name());
        } else if (level == Scope.Level.SCHOOL) {
            String school = approver.school().orElseThrow().value();
            sql = SELECT + " WHERE c.pending_school = ? UNION ALL " + SELECT
                    + " WHERE c.pending_central_school = ?";
            values = List.of(school, school);
        } else {
            sql = SELECT + " WHERE c.pending_school = ?";
            values = List.of(approver.school().orElseThrow().value());
        }
        return transactions.withConnection("查询待审变动申请", "listing an approver's inbox",
                connection -> read(connection, sql, values).stream()
                        .filter(found -> found.currentStep()
                                .map(step -> step.isDecidableBy(approver)).orElse(false))
                        .collect(Collectors.toList()));
    }

    @Override
    public boolean hasOpenCase(StudentId student) {
        requireNonNull(student, "student");
        return transactions.withConnection("查询未办结变动", "looking for open change cases",
                connection -> {
                    try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT c.case_id FROM change_case c WHERE c.student_id = ?"
                                    + OPEN)) {
                        bind(statement, openParameters(student));
                        try (ResultSet row = statement.executeQuery()) {
                            boolean open = row.next();
                            LOG.trace("Student {} has {} open change case", student,
                                    open ? "an" : "no");
                            return open;
                        }
                    }
                });
    }


    @Override
    public Map<ChangeKind, Long> countCompletedWithin(DivisionCode division, Instant from,
            Instant until) {
        requireNonNull(division, "division");
        requireNonNull(from, "from");
        requireNonNull(until, "until");
        String[] range = Rows.divisionRange(division);
        String select = "SELECT place_division, kind, COUNT(*) FROM change_case"
                + " WHERE place_division BETWEEN ? AND ? AND state = ?"
                + " AND closed_at >= ? AND closed_at < ? GROUP BY place_division, kind";
        return transactions.withConnection("统计学籍变动", "counting completed change cases",
                connection -> {
                    Map<ChangeKind, Long> counts = new EnumMap<>(ChangeKind.class);
                    try (PreparedStatement statement = connection.prepareStatement(select)) {
                        statement.setString(1, range[0]);
                        statement.setString(2, range[1]);
                        statement.setString(3, CaseState.COMPLETED.name());
                        Rows.setInstant(statement, 4, from);
                        Rows.setInstant(statement, 5, until);
                        try (ResultSet row = statement.executeQuery()) {
                            while (row.next()) {
                                if (DivisionCode.parse(row.getString(1)).isWithin(division)) {
                                    counts.merge(ChangeKind.valueOf(row.getString(2)),
                                            row.getLong(3), Long::sum);
                                }
                            }
                        }
                    }
                    LOG.trace("Counted completed change cases within {}: {}", division, counts);
                    return counts;
                });
    }

    private static List<Object> openParameters(StudentId student) {
        List<Object> values = new ArrayList<>();
        values.add(student.toString());
        values.addAll(OPEN_STATES);
        return values;
    }

    private static String countyOf(Connection connection, CaseId id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT county_code FROM change_case_locator WHERE case_id = ?")) {
            statement.setString(1, id.toString());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw StoreFailures.notFound(RecordKind.CHANGE_CASE, id);
                }
                return row.getString(1);
            }
        }
    }

    private static int bindFields(PreparedStatement statement, int first, ChangeCase changeCase)
            throws SQLException {
        int i = first;
        statement.setString(i++, changeCase.student().toString());
        statement.setString(i++, changeCase.kind().name());
        i = bindScope(statement, i, changeCase.place());
        statement.setString(i++, changeCase.stage().name());
        statement.setString(i++, changeCase.applicant().name());
        i = bindScope(statement, i, changeCase.applicantScope());
        statement.setString(i++, changeCase.applicantAccount());
        Rows.setInstant(statement, i++, changeCase.appliedAt());
        statement.setString(i++, changeCase.reason());
        statement.setString(i++, KeyValueText.writeLines(changeCase.proofs()));
        statement.setString(i++, ChangeDetailsText.write(changeCase.details()));
        statement.setString(i++, steps(changeCase.steps()));
        statement.setString(i++, changeCase.state().name());
        statement.setString(i++, changeCase.note());
        Instant closed = changeCase.closedAt().orElse(null);
        if (closed == null) {
            statement.setNull(i++, Types.TIMESTAMP);
        } else {
            Rows.setInstant(statement, i++, closed);
        }
        Scope pending = changeCase.currentStep().map(ApprovalStep::scope).orElse(null);
        Rows.setNullable(statement, i++, pending == null ? null : pending.level().name());
        if (pending == null) {
            for (int n = 0; n < 3; n++) {
                statement.setNull(i++, Types.VARCHAR);
            }
        } else {
            i = bindScope(statement, i, pending);
        }
        statement.setLong(i++, changeCase.version());
        return i;
    }

    private static int bindScope(PreparedStatement statement, int index, Scope scope)
            throws SQLException {
        statement.setString(index, scope.division().value());
        Rows.setNullable(statement, index + 1,
                scope.school().map(SchoolIdentifier::value).orElse(null));
        Rows.setNullable(statement, index + 2,
                scope.centralSchool().map(SchoolIdentifier::value).orElse(null));
        return index + 3;
    }

    private static String steps(List<ApprovalStep> steps) {
        List<List<String>> records = new ArrayList<>();
        for (ApprovalStep step : steps) {
            Scope scope = step.scope();
            records.add(Arrays.asList(step.party().name(), scope.division().value(),
                    scope.school().map(SchoolIdentifier::value).orElse(null),
                    scope.centralSchool().map(SchoolIdentifier::value).orElse(null),
                    step.decision().name(), step.account(),
                    step.decidedAt() == null ? null : step.decidedAt().toString(),
                    step.comment(), step.dueOn() == null ? null : step.dueOn().toString()));
        }
        return KeyValueText.writeRecords(records);
    }

    private static List<ApprovalStep> steps(String text) {
        List<ApprovalStep> steps = new ArrayList<>();
        for (List<String> f : KeyValueText.readRecords(text)) {
            steps.add(new ApprovalStep(Party.valueOf(f.get(0)),
                    Rows.scope(f.get(1), f.get(2), f.get(3)), Decision.valueOf(f.get(4)),
                    f.get(5), f.get(6) == null ? null : Instant.parse(f.get(6)), f.get(7),
                    f.get(8) == null ? null : LocalDate.parse(f.get(8))));
        }
        return steps;
    }

    private static List<ChangeCase> read(Connection connection, String sql, List<Object> values)
            throws SQLException {
        List<ChangeCase> cases = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    cases.add(changeCase(row));
                }
            }
        }
        cases.sort(APPLICATION_ORDER);
        return cases;
    }

    private static void bind(PreparedStatement statement, List<Object> values)
            throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    private static ChangeCase changeCase(ResultSet row) throws SQLException {
        ChangeKind kind = ChangeKind.valueOf(row.getString("kind"));
        return ChangeCase.builder()
                .id(CaseId.parse(row.getString("case_id")))
                .student(StudentId.parse(row.getString("student_id")),
                        Rows.scope(row.getString("place_division"),
                                row.getString("place_school"),
                                row.getString("place_central_school")),
                        SchoolStage.valueOf(row.getString("stage")))
                .applicant(Party.valueOf(row.getString("applicant")),
                        Rows.scope(row.getString("applicant_division"),
                                row.getString("applicant_school"),
                                row.getString("applicant_central_school")),
                        row.getString("applicant_account"), Rows.instant(row, "applied_at"))
                .reason(row.getString("reason"),
                        KeyValueText.readLines(row.getString("proofs")))
                .details(ChangeDetailsText.read(kind, row.getString("details")))
                .steps(steps(row.getString("steps")))
                .state(CaseState.valueOf(row.getString("state")))
                .note(row.getString("note"))
                .closedAt(row.getObject("closed_at") == null ? null
                        : Rows.instant(row, "closed_at"))
                .version(row.getLong("version"))
                .build();
    }
}
