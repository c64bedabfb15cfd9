package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.change.HistoryEntry;
import org.xueji.registry.change.HistoryKind;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.KeyValueText;
import org.xueji.registry.spi.HistoryStore;
import org.xueji.registry.student.StudentId;

/**
 * Students' history entries in the {@code student_history} table, keyed by the student's county,
 * the student and a number counted per student in append order; they move with the student to
 * another county, like the records' entries. An entry can be appended only for a stored student:
 * the append locks the student's locator row, so two appends for one student take their numbers
 * one after the other. The facts are the {@code key=value} text of {@link KeyValueText}, in key
 * order. Thread-safe.
 */
final class JdbcHistoryStore implements HistoryStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcHistoryStore.class);

    private final JdbcTransactions transactions;

    JdbcHistoryStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the entry is a change-case entry
     * @throws org.xueji.registry.RegistryException with {@code NOT_FOUND} if the student is not
     *     stored
     */
    @Override
    public void append(StudentId student, HistoryEntry entry) {
        requireNonNull(student, "student");
        requireNonNull(entry, "entry");
        if (entry.kind() == HistoryKind.CHANGE_CASE) {
            throw new IllegalArgumentException("change cases are kept by the change-case store");
        }
        transactions.withConnection("追加学籍历史", "appending to a student's history",
                connection -> {
                    String county = Rows.countyOf(connection, student, true);
                    int number = Rows.nextEntryNumber(connection, "student_history", county,
                            student);
                    try (PreparedStatement statement = connection.prepareStatement(
                            "INSERT INTO student_history (county_code, student_id,"
                                    + " entry_number, recorded_at, kind, account, facts)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        statement.setString(1, county);
                        statement.setString(2, student.toString());
                        statement.setInt(3, number);
                        Rows.setInstant(statement, 4, entry.at());
                        statement.setString(5, entry.kind().name());
                        statement.setString(6, entry.account());
                        statement.setString(7, KeyValueText.writeMap(new TreeMap<>(
                                entry.facts())));
                        statement.executeUpdate();
                    }
                    LOG.trace("Appended entry {} to the history of student {}", number,
                            student);
                    return null;
                });
    }

    @Override
    public List<HistoryEntry> list(StudentId student) {
        requireNonNull(student, "student");
        return transactions.withConnection("查询学籍历史", "listing a student's history",
                connection -> {
                    try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT h.recorded_at, h.kind, h.account, h.facts"
                                    + " FROM student_history h JOIN student_locator l"
                                    + " ON h.county_code = l.county_code"
                                    + " AND h.student_id = l.student_id"
                                    + " WHERE l.student_id = ? ORDER BY h.entry_number")) {
                        statement.setString(1, student.toString());
                        List<HistoryEntry> entries = new ArrayList<>();
                        try (ResultSet row = statement.executeQuery()) {
                            while (row.next()) {
                                entries.add(HistoryEntry.of(Rows.instant(row, "recorded_at"),
                                        HistoryKind.valueOf(row.getString("kind")),
                                        row.getString("account"),
                                        KeyValueText.readMap(row.getString("facts"))));
                            }
                        }
                        return List.copyOf(entries);
                    }
                });
    }
}
