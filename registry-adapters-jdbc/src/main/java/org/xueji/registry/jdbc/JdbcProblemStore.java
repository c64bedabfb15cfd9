package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.Scope;
import org.xueji.registry.change.CaseId;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.SequenceBlocks;
import org.xueji.registry.jdbc.internal.SqlErrors;
import org.xueji.registry.jdbc.internal.TextEscapes;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.problem.ProblemFilter;
import org.xueji.registry.problem.ProblemId;
import org.xueji.registry.problem.ProblemKind;
import org.xueji.registry.problem.ProblemRecord;
import org.xueji.registry.problem.ProblemResolution;
import org.xueji.registry.problem.ProblemState;
import org.xueji.registry.problem.ResolutionKind;
import org.xueji.registry.spi.ProblemStore;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.student.StudentId;

/**
 * The problem queue (问题学籍) in the {@code problem_record} table, keyed by the division of the
 * entry's place and a sequence number, with a unique index on the entry's id. Sequence numbers
 * come in blocks from the {@code number_sequence} row {@code problem_record}, so entries added by
 * one storage list in the order they were added; entries added at once by several storages over
 * one database interleave by block. A listing reads the divisions within the scope's division by
 * a range of the key, then keeps the entries whose place the scope contains.
 *
 * <p>The column {@code open_marker} is {@code Y} while an entry is open and null once it is
 * resolved; the unique index on (kind, student, open marker) refuses a second open entry of the
 * same kind about the same student, also when two storages race. A resolution's proofs are
 * stored as one text, a line per proof, escaped as {@link TextEscapes} says. Updates are
 * optimistic by version. Thread-safe.
 */
final class JdbcProblemStore implements ProblemStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcProblemStore.class);
    private static final String OPEN_MARKER = "Y";
    private static final String SELECT = "SELECT division_code, problem_sequence, problem_id,"
            + " kind, student_id, related_student_id, school_id, central_school_id, recorded_at,"
            + " state, resolution_kind, resolution_note, resolution_proofs, correction_case_id,"
            + " resolved_by, resolved_at, version FROM problem_record";

    private final JdbcTransactions transactions;
    private final SequenceBlocks sequence;

    JdbcProblemStore(JdbcTransactions transactions, SequenceBlocks sequence) {
        this.transactions = transactions;
        this.sequence = sequence;
    }

    @Override
    public void add(ProblemRecord problem) {
        requireNonNull(problem, "problem");
        if (!problem.isOpen()) {
            throw new IllegalArgumentException("a new entry is open");
        }
        transactions.withConnection("登记问题学籍", "adding to the problem queue", connection -> {
            long number = sequence.next();
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO problem_record (division_code, problem_sequence, problem_id,"
                            + " kind, student_id, related_student_id, school_id,"
                            + " central_school_id, recorded_at, state, open_marker,"
                            + " resolution_kind, resolution_note, resolution_proofs,"
                            + " correction_case_id, resolved_by, resolved_at, version)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, problem.place().division().value());
                statement.setLong(2, number);
                statement.setString(3, problem.id().toString());
                bindFields(statement, 4, problem);
                statement.setLong(18, problem.version());
                statement.executeUpdate();
            } catch (SQLException e) {
                if (SqlErrors.isDuplicateKey(e)) {
                    throw StoreFailures.duplicate(RecordKind.PROBLEM,
                            problem.kind() + " " + problem.student());
                }
                throw e;
            }
            LOG.trace("Added problem {} ({} of student {})", problem.id(), problem.kind(),
                    problem.student());
            return null;
        });
    }

    @Override
    public ProblemRecord update(ProblemRecord problem) {
        requireNonNull(problem, "problem");
        ProblemId id = problem.id();
        long version = problem.version();
        return transactions.withConnection("处理问题学籍", "updating the problem queue",
                connection -> {
                    ProblemRecord updated = problem.withVersion(version + 1);
                    int count;
                    try (PreparedStatement statement = connection.prepareStatement(
                            "UPDATE problem_record SET division_code = ?, kind = ?,"
                                    + " student_id = ?, related_student_id = ?, school_id = ?,"
                                    + " central_school_id = ?, recorded_at = ?, state = ?,"
                                    + " open_marker = ?, resolution_kind = ?,"
                                    + " resolution_note = ?, resolution_proofs = ?,"
                                    + " correction_case_id = ?, resolved_by = ?,"
                                    + " resolved_at = ?, version = ?"
                                    + " WHERE problem_id = ? AND version = ?")) {
                        statement.setString(1, problem.place().division().value());
                        bindFields(statement, 2, problem);
                        statement.setLong(16, version + 1);
                        statement.setString(17, id.toString());
                        statement.setLong(18, version);
                        count = statement.executeUpdate();
                    } catch (SQLException e) {
                        if (SqlErrors.isDuplicateKey(e)) {
                            throw StoreFailures.duplicate(RecordKind.PROBLEM,
                                    problem.kind() + " " + problem.student());
                        }
                        throw e;
                    }
                    if (count == 0) {
                        Optional<ProblemRecord> stored = read(connection,
                                " WHERE problem_id = ?", List.of(id.toString())).stream()
                                .findFirst();
                        throw stored.isPresent()
                                ? StoreFailures.staleVersion(RecordKind.PROBLEM, id, version,
                                        stored.get().version())
                                : StoreFailures.notFound(RecordKind.PROBLEM, id);
                    }
                    LOG.trace("Updated problem {} to version {}", id, version + 1);
                    return updated;
                });
    }

    @Override
    public Optional<ProblemRecord> find(ProblemId id) {
        requireNonNull(id, "id");
        return transactions.withConnection("查询问题学籍", "reading a problem", connection ->
                read(connection, " WHERE problem_id = ?", List.of(id.toString())).stream()
                        .findFirst());
    }

    @Override
    public Optional<ProblemRecord> findOpen(ProblemKind kind, StudentId student) {
        requireNonNull(kind, "kind");
        requireNonNull(student, "student");
        return transactions.withConnection("查询问题学籍", "reading an open problem",
                connection -> read(connection,
                        " WHERE kind = ? AND student_id = ? AND open_marker = ?",
                        List.of(kind.name(), student.toString(), OPEN_MARKER)).stream()
                        .findFirst());
    }

    @Override
    public List<ProblemRecord> listForStudent(StudentId student) {
        requireNonNull(student, "student");
        return transactions.withConnection("查询问题学籍", "listing a student's problems",
                connection -> read(connection, " WHERE student_id = ?",
                        List.of(student.toString())));
    }

    @Override
    public List<ProblemRecord> list(Scope scope, ProblemFilter filter) {
        requireNonNull(scope, "scope");
        requireNonNull(filter, "filter");
        String[] range = Rows.divisionRange(scope.division());
        StringBuilder where = new StringBuilder(" WHERE division_code BETWEEN ? AND ?");
        List<Object> values = new ArrayList<>(List.of(range[0], range[1]));
        filter.stateFilter().ifPresent(state -> {
            where.append(" AND state = ?");
            values.add(state.name());
        });
        filter.kindFilter().ifPresent(kind -> {
            where.append(" AND kind = ?");
            values.add(kind.name());
        });
        return transactions.withConnection("查询问题学籍", "listing the problem queue",
                connection -> read(connection, where.toString(), values).stream()
                        .filter(problem -> scope.contains(problem.place()))
                        .collect(Collectors.toUnmodifiableList()));
    }

    /**
     * Binds the kind, students, place, time, state, open marker and resolution from a first
     * parameter on: fourteen parameters.
     */
    private static void bindFields(PreparedStatement statement, int first, ProblemRecord problem)
            throws SQLException {
        Scope place = problem.place();
        int i = first;
        statement.setString(i++, problem.kind().name());
        statement.setString(i++, problem.student().toString());
        Rows.setNullable(statement, i++, problem.related().map(StudentId::toString).orElse(null));
        Rows.setNullable(statement, i++, place.school().map(SchoolIdentifier::value).orElse(null));
        Rows.setNullable(statement, i++,
                place.centralSchool().map(SchoolIdentifier::value).orElse(null));
        Rows.setInstant(statement, i++, problem.recordedAt());
        statement.setString(i++, problem.state().name());
        Rows.setNullable(statement, i++, problem.isOpen() ? OPEN_MARKER : null);
        ProblemResolution resolution = problem.resolution();
        Rows.setNullable(statement, i++, resolution == null ? null : resolution.kind().name());
        Rows.setNullable(statement, i++, resolution == null ? null : resolution.note());
        Rows.setNullable(statement, i++, resolution == null ? null
                : resolution.proofs().stream().map(TextEscapes::escape)
                        .collect(Collectors.joining("\n")));
        Rows.setNullable(statement, i++, resolution == null ? null
                : resolution.correctionCaseIfAny().map(CaseId::toString).orElse(null));
        Rows.setNullable(statement, i++, resolution == null ? null : resolution.account());
        if (resolution == null) {
            statement.setNull(i, Types.TIMESTAMP);
        } else {
            Rows.setInstant(statement, i, resolution.resolvedAt());
        }
    }

    private static List<ProblemRecord> read(Connection connection, String where,
            List<Object> values) throws SQLException {
        List<ProblemRecord> problems = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                SELECT + where + " ORDER BY problem_sequence, division_code")) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    problems.add(problem(row));
                }
            }
        }
        LOG.trace("Read {} problems", problems.size());
        return problems;
    }

    private static ProblemRecord problem(ResultSet row) throws SQLException {
        Scope place = Rows.scope(row.getString("division_code"), row.getString("school_id"),
                row.getString("central_school_id"));
        String related = row.getString("related_student_id");
        ProblemState state = ProblemState.valueOf(row.getString("state"));
        ProblemResolution resolution = null;
        if (state == ProblemState.RESOLVED) {
            String proofs = row.getString("resolution_proofs");
            String correction = row.getString("correction_case_id");
            resolution = new ProblemResolution(
                    ResolutionKind.valueOf(row.getString("resolution_kind")),
                    row.getString("resolution_note"),
                    proofs == null || proofs.isEmpty() ? List.of()
                            : Arrays.stream(proofs.split("\n", -1)).map(TextEscapes::unescape)
                                    .toList(),
                    correction == null ? null : CaseId.parse(correction),
                    row.getString("resolved_by"), Rows.instant(row, "resolved_at"));
        }
        return new ProblemRecord(ProblemId.parse(row.getString("problem_id")),
                ProblemKind.valueOf(row.getString("kind")),
                StudentId.parse(row.getString("student_id")),
                related == null ? null : StudentId.parse(related), place,
                Rows.instant(row, "recorded_at"), state, resolution, row.getLong("version"));
    }
}
