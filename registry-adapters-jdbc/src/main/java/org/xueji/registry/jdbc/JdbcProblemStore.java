package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.access.Scope;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.SequenceBlocks;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.problem.ProblemKind;
import org.xueji.registry.problem.ProblemRecord;
import org.xueji.registry.spi.ProblemStore;
import org.xueji.registry.student.StudentId;

/**
 * The problem queue (问题学籍) in the {@code problem_record} table, keyed by the division of the
 * entry's place and a sequence number. Sequence numbers come in blocks from the
 * {@code number_sequence} row {@code problem_record}, so entries added by one storage list in the
 * order they were added; entries added at once by several storages over one database interleave
 * by block. A listing reads the divisions within the scope's division by a range of the key, then
 * keeps the entries whose place the scope contains. Thread-safe.
 */
final class JdbcProblemStore implements ProblemStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcProblemStore.class);

    private final JdbcTransactions transactions;
    private final SequenceBlocks sequence;

    JdbcProblemStore(JdbcTransactions transactions, SequenceBlocks sequence) {
        this.transactions = transactions;
        this.sequence = sequence;
    }

    @Override
    public void add(ProblemRecord problem) {
        requireNonNull(problem, "problem");
        transactions.withConnection("登记问题学籍", "adding to the problem queue", connection -> {
            long number = sequence.next();
            Scope place = problem.place();
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO problem_record (division_code, problem_sequence, kind,"
                            + " student_id, related_student_id, school_id, central_school_id,"
                            + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, place.division().value());
                statement.setLong(2, number);
                statement.setString(3, problem.kind().name());
                statement.setString(4, problem.student().toString());
                Rows.setNullable(statement, 5,
                        problem.related().map(StudentId::toString).orElse(null));
                Rows.setNullable(statement, 6,
                        place.school().map(SchoolIdentifier::value).orElse(null));
                Rows.setNullable(statement, 7,
                        place.centralSchool().map(SchoolIdentifier::value).orElse(null));
                Rows.setInstant(statement, 8, problem.recordedAt());
                statement.executeUpdate();
            }
            LOG.trace("Added problem {} ({} of student {})", number, problem.kind(),
                    problem.student());
            return null;
        });
    }

    @Override
    public List<ProblemRecord> listWithin(Scope scope) {
        requireNonNull(scope, "scope");
        String[] range = Rows.divisionRange(scope.division());
        return transactions.withConnection("查询问题学籍", "listing the problem queue",
                connection -> {
                    try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT division_code, kind, student_id, related_student_id,"
                                    + " school_id, central_school_id, recorded_at"
                                    + " FROM problem_record WHERE division_code BETWEEN ? AND ?"
                                    + " ORDER BY problem_sequence, division_code")) {
                        statement.setString(1, range[0]);
                        statement.setString(2, range[1]);
                        return within(statement, scope);
                    }
                });
    }

    private static List<ProblemRecord> within(PreparedStatement statement, Scope scope)
            throws SQLException {
        List<ProblemRecord> problems = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                Scope place = Rows.scope(row.getString("division_code"),
                        row.getString("school_id"), row.getString("central_school_id"));
                if (!scope.contains(place)) {
                    continue;
                }
                String related = row.getString("related_student_id");
                problems.add(new ProblemRecord(ProblemKind.valueOf(row.getString("kind")),
                        StudentId.parse(row.getString("student_id")),
                        related == null ? null : StudentId.parse(related), place,
                        Rows.instant(row, "recorded_at")));
            }
        }
        return List.copyOf(problems);
    }
}
