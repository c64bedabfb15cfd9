package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.SqlDialect;
import org.xueji.registry.spi.PhotoStore;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.StudentId;

/**
 * Photos in the {@code student_photo} table, one row per student keyed by the student's county
 * and id, the JPEG bytes in a BLOB (BYTEA on PostgreSQL, LONGBLOB on MySQL). The county is the
 * student's, looked up in {@code student_locator}; so, unlike the in-memory store, this one
 * refuses a photo of a student who is not stored, with
 * {@link org.xueji.registry.ErrorCode#NOT_FOUND}. Thread-safe.
 */
final class JdbcPhotoStore implements PhotoStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcPhotoStore.class);

    private final JdbcTransactions transactions;
    private final String upsert;

    JdbcPhotoStore(JdbcTransactions transactions, SqlDialect sql) {
        this.transactions = transactions;
        this.upsert = sql.upsert("student_photo", List.of("county_code", "student_id"),
                List.of("jpeg", "taken_on"));
    }

    @Override
    public void save(StudentId student, Photo photo) {
        requireNonNull(student, "student");
        requireNonNull(photo, "photo");
        transactions.withConnection("保存照片", "storing a photo", connection -> {
            String county = Rows.countyOf(connection, student, false);
            try (PreparedStatement statement = connection.prepareStatement(upsert)) {
                statement.setString(1, county);
                statement.setString(2, student.toString());
                statement.setBytes(3, photo.jpeg());
                statement.setObject(4, photo.takenOn());
                statement.executeUpdate();
            }
            LOG.trace("Stored a photo of {} bytes for student {}", photo.size(), student);
            return null;
        });
    }

    @Override
    public Optional<Photo> find(StudentId student) {
        requireNonNull(student, "student");
        return transactions.withConnection("查询照片", "reading a photo",
                connection -> read(connection, student));
    }

    private static Optional<Photo> read(Connection connection, StudentId student)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT p.jpeg, p.taken_on FROM student_photo p JOIN student_locator l"
                        + " ON p.county_code = l.county_code AND p.student_id = l.student_id"
                        + " WHERE l.student_id = ?")) {
            statement.setString(1, student.toString());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(Photo.of(row.getBytes(1),
                        row.getObject(2, LocalDate.class)));
            }
        }
    }
}
