package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.records.RecordEntry;
import org.xueji.registry.records.RecordEntryKind;
import org.xueji.registry.spi.StudentRecordStore;
import org.xueji.registry.student.StudentId;

/**
 * Entries of students' records in the {@code student_record_entry} table, keyed by the
 * student's county, the student's id and a number counting the student's entries from one.
 * An append locks the student's {@code student_locator} row, so that two appends for one
 * student take different numbers. Unlike the in-memory store, this one refuses an entry for a
 * student who is not stored, with {@link org.xueji.registry.ErrorCode#NOT_FOUND}. Thread-safe.
 */
final class JdbcStudentRecordStore implements StudentRecordStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStudentRecordStore.class);

    private final JdbcTransactions transactions;

    JdbcStudentRecordStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(StudentId student, RecordEntry entry) {
        requireNonNull(student, "student");
        requireNonNull(entry, "entry");
        transactions.withConnection("追加学生档案", "appending to a student's records",
                connection -> {
                    String county = Rows.countyOf(connection, student, true);
                    int number = Rows.nextEntryNumber(connection, "student_record_entry", county,
                            student);
                    try (PreparedStatement statement = connection.prepareStatement(
                            "INSERT INTO student_record_entry (county_code, student_id,"
                                    + " entry_number, kind, entry_date, title, detail)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        statement.setString(1, county);
                        statement.setString(2, student.toString());
                        statement.setInt(3, number);
                        statement.setString(4, entry.kind().name());
                        statement.setObject(5, entry.date());
                        statement.setString(6, entry.title());
                        statement.setString(7, entry.detail());
                        statement.executeUpdate();
                    }
                    LOG.trace("Appended entry {} to the records of student {}", number, student);
                    return null;
                });
    }

    @Override
    public List<RecordEntry> list(StudentId student) {
        requireNonNull(student, "student");
        return transactions.withConnection("查询学生档案", "listing a student's records",
                connection -> {
                    try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT e.kind, e.entry_date, e.title, e.detail"
                                    + " FROM student_record_entry e JOIN student_locator l"
                                    + " ON e.county_code = l.county_code"
                                    + " AND e.student_id = l.student_id"
                                    + " WHERE l.student_id = ? ORDER BY e.entry_number")) {
                        statement.setString(1, student.toString());
                        return entries(statement);
                    }
                });
    }

    private static List<RecordEntry> entries(PreparedStatement statement) throws SQLException {
        List<RecordEntry> entries = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                entries.add(new RecordEntry(RecordEntryKind.valueOf(row.getString(1)),
                        row.getObject(2, LocalDate.class), row.getString(3), row.getString(4)));
            }
        }
        return List.copyOf(entries);
    }
}
