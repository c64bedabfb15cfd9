package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.SequenceBlocks;
import org.xueji.registry.spi.RegistryNumberHistory;
import org.xueji.registry.student.RegistryNumberChange;
import org.xueji.registry.student.StudentId;

/**
 * Replaced registry numbers in the {@code registry_number_change} table, append-only, keyed by a
 * sequence number taken in blocks from the {@code number_sequence} row
 * {@code registry_number_change}, so the replacements appended by one storage list in the order
 * they were appended. Numbers are stored in full, as the student table keeps them, and are
 * logged masked only. Thread-safe.
 */
final class JdbcRegistryNumberHistory implements RegistryNumberHistory {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcRegistryNumberHistory.class);
    private static final String SELECT = "SELECT student_id, former_number, current_number,"
            + " changed_at, account, reason FROM registry_number_change";

    private final JdbcTransactions transactions;
    private final SequenceBlocks sequence;

    JdbcRegistryNumberHistory(JdbcTransactions transactions, SequenceBlocks sequence) {
        this.transactions = transactions;
        this.sequence = sequence;
    }

    @Override
    public void append(RegistryNumberChange change) {
        requireNonNull(change, "change");
        transactions.withConnection("记录学籍号变更", "appending a registry number change",
                connection -> {
                    long number = sequence.next();
                    try (PreparedStatement statement = connection.prepareStatement(
                            "INSERT INTO registry_number_change (change_sequence, student_id,"
                                    + " former_number, current_number, changed_at, account,"
                                    + " reason) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        statement.setLong(1, number);
                        statement.setString(2, change.student().toString());
                        statement.setString(3, change.former().value());
                        statement.setString(4, change.current().value());
                        Rows.setInstant(statement, 5, change.at());
                        statement.setString(6, change.account());
                        statement.setString(7, change.reason());
                        statement.executeUpdate();
                    }
                    LOG.trace("Appended registry number change {} of student {} ({} to {})",
                            number, change.student(), change.former().masked(),
                            change.current().masked());
                    return null;
                });
    }

    @Override
    public List<RegistryNumberChange> list(StudentId student) {
        requireNonNull(student, "student");
        return read("listing registry number changes", " WHERE student_id = ?",
                student.toString());
    }

    @Override
    public Optional<RegistryNumberChange> findByFormer(RegistryNumber former) {
        requireNonNull(former, "former");
        return read("finding a registry number change", " WHERE former_number = ?",
                former.value()).stream().findFirst();
    }

    private List<RegistryNumberChange> read(String action, String where, String value) {
        return transactions.withConnection("查询学籍号变更", action, connection -> {
            List<RegistryNumberChange> changes = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    SELECT + where + " ORDER BY change_sequence")) {
                statement.setString(1, value);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        changes.add(change(row));
                    }
                }
            }
            LOG.trace("Read {} registry number changes", changes.size());
            return List.copyOf(changes);
        });
    }

    private static RegistryNumberChange change(ResultSet row) throws SQLException {
        return new RegistryNumberChange(StudentId.parse(row.getString("student_id")),
                RegistryNumber.parse(row.getString("former_number")),
                RegistryNumber.parse(row.getString("current_number")),
                Rows.instant(row, "changed_at"), row.getString("account"),
                row.getString("reason"));
    }
}
