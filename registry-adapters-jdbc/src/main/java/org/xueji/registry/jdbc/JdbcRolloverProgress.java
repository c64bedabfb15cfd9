package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.RolloverCheckpoint;
import org.xueji.registry.calendar.RolloverEntry;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.SequenceBlocks;
import org.xueji.registry.jdbc.internal.SqlDialect;
import org.xueji.registry.jdbc.internal.SqlErrors;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.RolloverProgress;
import org.xueji.registry.student.StudentId;

/**
 * The rollover's progress: one row per target year in {@code rollover_checkpoint} and the
 * students listed for follow-up in {@code rollover_entry}, keyed by target year, county and
 * student, so a student is listed at most once per rollover.
 *
 * <p>A checkpoint row holds its fields in columns and the whole checkpoint as text in
 * {@code state_text}: the target year, the start day, the expected count, the segment, the last
 * student handled or {@code -}, the counts kept, listed and already done and whether it is
 * finished, separated by {@code |}. {@link #compareAndSet} is one UPDATE conditional on the text
 * of the expected checkpoint, or an insert that does nothing when a row exists, so two runners
 * racing get one success on every engine. Entries list in the order of a sequence taken in
 * blocks from the {@code number_sequence} row {@code rollover_entry}.
 *
 * <p>Known shortcoming: each storage instance takes its own blocks, so when two instances (two
 * processes) share one rollover, entries list by block rather than strictly in the order they
 * were added; the set of entries is the same as one runner's. Thread-safe.
 */
final class JdbcRolloverProgress implements RolloverProgress {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcRolloverProgress.class);
    private static final List<String> COLUMNS = List.of("target_year", "started_on",
            "expected_count", "segment", "after_student_id", "kept_grade", "listed",
            "already_done", "finished", "state_text");

    private final JdbcTransactions transactions;
    private final SqlDialect sql;
    private final SequenceBlocks sequence;

    JdbcRolloverProgress(JdbcTransactions transactions, SqlDialect sql, SequenceBlocks sequence) {
        this.transactions = transactions;
        this.sql = sql;
        this.sequence = sequence;
    }

    @Override
    public Optional<RolloverCheckpoint> find(AcademicYear target) {
        requireNonNull(target, "target");
        return transactions.withConnection("读取升级进度", "reading the rollover's progress",
                connection -> {
                    try (PreparedStatement statement = connection.prepareStatement("SELECT "
                            + String.join(", ", COLUMNS)
                            + " FROM rollover_checkpoint WHERE target_year = ?")) {
                        statement.setInt(1, target.startYear());
                        try (ResultSet row = statement.executeQuery()) {
                            return row.next() ? Optional.of(checkpoint(row))
                                    : Optional.<RolloverCheckpoint>empty();
                        }
                    }
                });
    }

    @Override
    public boolean compareAndSet(RolloverCheckpoint expected, RolloverCheckpoint replacement) {
        requireNonNull(replacement, "replacement");
        if (expected != null && !expected.target().equals(replacement.target())) {
            throw new IllegalArgumentException("checkpoints of " + expected.target() + " and "
                    + replacement.target());
        }
        return transactions.withConnection("保存升级进度", "storing the rollover's progress",
                connection -> {
                    boolean stored = expected == null ? insert(connection, replacement)
                            : update(connection, expected, replacement);
                    LOG.trace("Rollover checkpoint {} {}", text(replacement),
                            stored ? "stored" : "not stored");
                    return stored;
                });
    }

    @Override
    public void addEntries(List<RolloverEntry> entries) {
        List<RolloverEntry> copy = List.copyOf(entries);
        if (copy.isEmpty()) {
            return;
        }
        transactions.withConnection("登记升级名单", "listing students of the rollover",
                connection -> {
                    try (PreparedStatement statement = connection.prepareStatement(
                            "INSERT INTO rollover_entry (target_year, county_code, student_id,"
                                    + " entry_sequence, school_id, central_school_id,"
                                    + " grade_before, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                        for (RolloverEntry entry : copy) {
                            statement.setInt(1, entry.target().startYear());
                            statement.setString(2, entry.place().division().value());
                            statement.setString(3, entry.student().toString());
                            statement.setLong(4, sequence.next());
                            Rows.setNullable(statement, 5, entry.place().school()
                                    .map(SchoolIdentifier::value).orElse(null));
                            Rows.setNullable(statement, 6, entry.place().centralSchool()
                                    .map(SchoolIdentifier::value).orElse(null));
                            statement.setInt(7, entry.gradeBefore());
                            statement.setString(8, entry.reason().name());
                            statement.addBatch();
                        }
                        statement.executeBatch();
                    }
                    LOG.trace("Listed {} students of the rollover into {}", copy.size(),
                            copy.get(0).target());
                    return null;
                });
    }

    @Override
    public List<RolloverEntry> entries(AcademicYear target) {
        requireNonNull(target, "target");
        return transactions.withConnection("查询升级名单", "reading the rollover's list",
                connection -> {
                    List<RolloverEntry> entries = new ArrayList<>();
                    try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT county_code, student_id, school_id, central_school_id,"
                                    + " grade_before, reason FROM rollover_entry"
                                    + " WHERE target_year = ? ORDER BY entry_sequence")) {
                        statement.setInt(1, target.startYear());
                        try (ResultSet row = statement.executeQuery()) {
                            while (row.next()) {
                                entries.add(new RolloverEntry(target,
                                        StudentId.parse(row.getString("student_id")),
                                        Rows.scope(row.getString("county_code"),
                                                row.getString("school_id"),
                                                row.getString("central_school_id")),
                                        row.getInt("grade_before"),
                                        RolloverEntry.Reason.valueOf(row.getString("reason"))));
                            }
                        }
                    }
                    return List.copyOf(entries);
                });
    }

    private boolean insert(Connection connection, RolloverCheckpoint replacement)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                sql.insertIfAbsent("rollover_checkpoint", COLUMNS))) {
            statement.setInt(1, replacement.target().startYear());
            bindFields(statement, 2, replacement);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            if (SqlErrors.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean update(Connection connection, RolloverCheckpoint expected,
            RolloverCheckpoint replacement) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE rollover_checkpoint SET started_on = ?, expected_count = ?,"
                        + " segment = ?, after_student_id = ?, kept_grade = ?, listed = ?,"
                        + " already_done = ?, finished = ?, state_text = ?"
                        + " WHERE target_year = ? AND state_text = ?")) {
            int next = bindFields(statement, 1, replacement);
            statement.setInt(next, replacement.target().startYear());
            statement.setString(next + 1, text(expected));
            return statement.executeUpdate() == 1;
        }
    }

    private static int bindFields(PreparedStatement statement, int first,
            RolloverCheckpoint checkpoint) throws SQLException {
        int i = first;
        statement.setObject(i++, checkpoint.startedOn());
        statement.setLong(i++, checkpoint.expected());
        statement.setInt(i++, checkpoint.segment());
        Rows.setNullable(statement, i++,
                checkpoint.lastHandled().map(StudentId::toString).orElse(null));
        statement.setLong(i++, checkpoint.keptGrade());
        statement.setLong(i++, checkpoint.listed());
        statement.setLong(i++, checkpoint.alreadyDone());
        statement.setBoolean(i++, checkpoint.finished());
        statement.setString(i++, text(checkpoint));
        return i;
    }

    private static RolloverCheckpoint checkpoint(ResultSet row) throws SQLException {
        String after = row.getString("after_student_id");
        return new RolloverCheckpoint(AcademicYear.of(row.getInt("target_year")),
                row.getObject("started_on", LocalDate.class), row.getLong("expected_count"),
                row.getInt("segment"), after == null ? null : StudentId.parse(after),
                row.getLong("kept_grade"), row.getLong("listed"), row.getLong("already_done"),
                row.getBoolean("finished"));
    }

    private static String text(RolloverCheckpoint checkpoint) {
        return String.join("|", String.valueOf(checkpoint.target().startYear()),
                checkpoint.startedOn().toString(), String.valueOf(checkpoint.expected()),
                String.valueOf(checkpoint.segment()),
                checkpoint.lastHandled().map(StudentId::toString).orElse("-"),
                String.valueOf(checkpoint.keptGrade()), String.valueOf(checkpoint.listed()),
                String.valueOf(checkpoint.alreadyDone()), String.valueOf(checkpoint.finished()));
    }
}
