package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.RecordKind;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.code.AttendanceMode;
import org.xueji.registry.code.Disability;
import org.xueji.registry.code.Ethnicity;
import org.xueji.registry.code.HealthStatus;
import org.xueji.registry.code.HouseholdType;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.InclusiveClass;
import org.xueji.registry.code.OverseasChineseStatus;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.StudentSource;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.RegionalStudentNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.jdbc.internal.BulkRows;
import org.xueji.registry.jdbc.internal.BulkRows.Null;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.SqlDialect;
import org.xueji.registry.jdbc.internal.SqlErrors;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.spi.StudentSelection;
import org.xueji.registry.spi.StudentStore;
import org.xueji.registry.student.Guardian;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;
import org.xueji.registry.student.StudentFlag;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;
import org.xueji.registry.student.StudentTally;

/**
 * Students in the {@code student} table, keyed by the county of the student's school and the
 * student's id, so that a distributed engine keeps a county's students on one shard.
 *
 * <p><b>Uniqueness across the registry.</b> A unique index on a sharded table is unique only
 * within a shard, and the student key, the registry number and the regional number must each be
 * unique in the whole registry, as must the id. Each of them therefore has a key table keyed by
 * the value alone ({@code student_key}, {@code student_registry_number},
 * {@code student_regional_number}, and {@code student_locator} for the id), which a distributed
 * engine shards by that value. An insert writes the key tables in that order, then the student
 * row, in the caller's transaction, so the first primary key that refuses names the clash as the
 * in-memory store does: the key (masked), the registry number (masked), the regional number, then
 * the id. An update that changes one of these values deletes the old key row and inserts the new
 * one. A deleted student holds neither its key nor its registry number: the update that deletes
 * it removes those key rows, while its regional number stays taken; {@link #findByKey},
 * {@link #findByPerson} and {@link #countInClass} leave it out. An update that moves the student
 * to another county moves the row, its photo and its records' entries to that county.
 *
 * <p>Reads by id, key or number go through the key tables to the one row they point at;
 * {@link #findByPerson} uses the index on name, sex and birth date across all counties. The
 * listings by school and {@link #countInClass} find the county through the {@code school} table,
 * so they see only students whose school is stored, as the registry always stores it first.
 *
 * <p>Identity numbers are stored in full, as the registry needs them; they never appear in a log
 * line or an exception message of this class. Thread-safe.
 */
final class JdbcStudentStore implements StudentStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStudentStore.class);
    private static final List<String> COLUMNS = List.of("county_code", "student_id",
            "student_key", "registry_number", "regional_number", "school_id",
            "central_school_id", "cohort_year", "class_number", "name", "sex_code", "birth_date",
            "birthplace", "native_place", "ethnicity_code", "nationality", "overseas_status_code",
            "health_code", "household_place", "household_type_code", "entry_month",
            "attendance_mode_code", "source_code", "address", "phone", "only_child",
            "left_behind", "migrant", "disability_code", "inclusive_class_code",
            "document_type_code", "document_number", "guardian1_name", "guardian1_relation",
            "guardian1_document_type", "guardian1_document_number", "guardian1_phone",
            "guardian2_name", "guardian2_relation", "guardian2_document_type",
            "guardian2_document_number", "guardian2_phone", "status", "return_reason", "flags",
            "graduation_kind", "student_cohort_year", "kept_grade_year", "version");
    private static final String SELECT = "SELECT "
            + COLUMNS.stream().map(column -> "s." + column).collect(Collectors.joining(", "))
            + " FROM student s";
    private static final String INSERT = "INSERT INTO student (" + String.join(", ", COLUMNS)
            + ") VALUES (" + COLUMNS.stream().map(column -> "?").collect(Collectors.joining(", "))
            + ")";
    private static final String UPDATE = "UPDATE student SET "
            + COLUMNS.subList(2, COLUMNS.size()).stream().map(column -> column + " = ?")
                    .collect(Collectors.joining(", "))
            + " WHERE county_code = ? AND student_id = ? AND version = ?";
    private static final String BY_ID = SELECT + " JOIN student_locator l"
            + " ON s.county_code = l.county_code AND s.student_id = l.student_id"
            + " WHERE l.student_id = ?";
    private static final String SCHOOL_DIVISION =
            "(SELECT division_code FROM school WHERE school_id = ?)";
    private static final List<KeyTable> KEY_TABLES = List.of(
            new KeyTable("student_key", "key_value"),
            new KeyTable("student_registry_number", "registry_number"),
            new KeyTable("student_regional_number", "regional_number"));

    private static final int REGIONAL_NUMBER = 2;
    private static final int KEYS_PER_QUERY = 500;
    private static final String DELETED = RegistrationStatus.DELETED.name();

    private final JdbcTransactions transactions;
    private final SqlDialect sql;
    private final BulkRows bulk;

    JdbcStudentStore(JdbcTransactions transactions, SqlDialect sql) {
        this.transactions = transactions;
        this.sql = sql;
        this.bulk = new BulkRows(sql);
    }

    @Override
    public void insert(Student student) {
        requireNonNull(student, "student");
        transactions.withConnection("新增学生", "adding a student", connection -> {
            insertOne(connection, student);
            return null;
        });
    }

    /**
     * Writes the batch's rows of each key table, the locators and the student rows with one
     * {@code COPY} or a few multi-row inserts per table, after a savepoint. If a key refuses any
     * row, the batch rolls back to the savepoint and is inserted again one student at a time, so
     * that a clash is refused with {@link #insert}'s failure; a clash with a student that
     * another transaction is writing waits for that transaction, as {@link #insert} does.
     *
     * <p>Each key table's rows are written in the order of their values, and the students one
     * at a time in the order of their keys, so that two batches sharing children claim the
     * shared values in the same order: one waits for the other instead of each holding a value
     * the other needs, a deadlock the database would break by failing one of them. When a batch
     * holds several clashes, the one refused is the first in that order, which for two
     * students of the same batch with one key is the later of the two in the list.
     */
    @Override
    public void insertAll(List<Student> students) {
        List<Student> batch = List.copyOf(students);
        if (batch.isEmpty()) {
            return;
        }
        transactions.withConnection("批量新增学生", "adding students", connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try {
                insertTogether(connection, batch);
            } catch (SQLException e) {
                if (!refusedByKey(e)) {
                    throw e;
                }
                connection.rollback(savepoint);
                LOG.debug("A key refused a batch of {} students; inserting them one by one",
                        batch.size());
                for (Student student : inKeyOrder(batch)) {
                    insertOne(connection, student);
                }
                return null;
            }
            connection.releaseSavepoint(savepoint);
            LOG.trace("Inserted a batch of {} students", batch.size());
            return null;
        });
    }

    private void insertTogether(Connection connection, List<Student> batch) throws SQLException {
        for (int i = 0; i < KEY_TABLES.size(); i++) {
            int index = i;
            List<Student> holders = batch.stream().filter(student -> holds(index, student))
                    .sorted(Comparator.comparing(student -> uniqueValue(index, student)))
                    .toList();
            KeyTable table = KEY_TABLES.get(i);
            bulk.write(connection, table.name, List.of(table.column, "county_code",
                    "student_id"), rowsOf(holders, student -> List.of(uniqueValue(index,
                            student), student.county().value(), student.id().toString())));
        }
        bulk.write(connection, "student_locator", List.of("student_id", "county_code"),
                rowsOf(batch, student -> List.of(student.id().toString(),
                        student.county().value())));
        bulk.write(connection, "student", COLUMNS, rowsOf(batch, student -> {
            List<Object> row = new ArrayList<>(COLUMNS.size());
            row.add(student.county().value());
            row.add(student.id().toString());
            addFieldValues(row, student);
            return row;
        }));
    }

    /** Returns the students ordered by key, those with one key in the order given. */
    private static List<Student> inKeyOrder(List<Student> students) {
        List<Student> ordered = new ArrayList<>(students);
        ordered.sort(Comparator.comparing(student -> student.key().value()));
        return ordered;
    }

    /**
     * Returns the rows of some students, each computed when asked, so that a {@code COPY} encodes
     * a student's row just before sending it and no batch of rows is held.
     */
    private static List<List<Object>> rowsOf(List<Student> students,
            Function<Student, List<Object>> row) {
        return new AbstractList<>() {
            @Override
            public List<Object> get(int index) {
                return row.apply(students.get(index));
            }

            @Override
            public int size() {
                return students.size();
            }
        };
    }

    /** Tells whether a failure, or one chained to it as a batch's failures are, is a clash. */
    private static boolean refusedByKey(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException e) {
                for (SQLException next = e; next != null; next = next.getNextException()) {
                    if (SqlErrors.isDuplicateKey(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void insertOne(Connection connection, Student student) throws SQLException {
        String county = student.county().value();
        for (int i = 0; i < KEY_TABLES.size(); i++) {
            if (holds(i, student)) {
                claim(connection, i, student, county);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO student_locator (student_id, county_code) VALUES (?, ?)")) {
            statement.setString(1, student.id().toString());
            statement.setString(2, county);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw refusal(e, () -> StoreFailures.duplicate(RecordKind.STUDENT, student.id()));
        }
        insertRow(connection, student);
        LOG.trace("Inserted student {} in county {}", student.id(), county);
    }

    @Override
    public Student update(Student student) {
        requireNonNull(student, "student");
        StudentId id = student.id();
        long version = student.version();
        return transactions.withConnection("修改学生", "updating a student", connection -> {
            for (int i = 0; i < KEY_TABLES.size(); i++) {
                if (holds(i, student)) {
                    checkFree(connection, i, student);
                }
            }
            Student stored = read(connection, BY_ID, List.of(id.toString())).stream()
                    .findFirst()
                    .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT, id));
            if (stored.version() != version) {
                throw StoreFailures.staleVersion(RecordKind.STUDENT, id, version,
                        stored.version());
            }
            Student updated = student.withVersion(version + 1);
            String from = stored.county().value();
            String to = updated.county().value();
            if (from.equals(to)) {
                updateRow(connection, updated, version);
            } else {
                moveRow(connection, stored, updated);
            }
            for (int i = 0; i < KEY_TABLES.size(); i++) {
                rekey(connection, i, stored, updated);
            }
            LOG.trace("Updated student {} to version {}", id, version + 1);
            return updated;
        });
    }

    @Override
    public List<Student> updateAll(List<Student> students) {
        List<Student> batch = List.copyOf(students);
        if (batch.isEmpty()) {
            return List.of();
        }
        return transactions.withConnection("批量修改学生", "updating students", connection -> {
            Map<StudentId, Student> stored = new HashMap<>();
            List<Object> ids = new ArrayList<>(batch.size());
            batch.forEach(student -> ids.add(student.id().toString()));
            readJoined(connection, "student_locator", "student_id", ids)
                    .forEach(found -> stored.put(found.id(), found));
            List<Student> updated = new ArrayList<>(batch.size());
            List<Student> together = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
                for (Student student : batch) {
                    Student before = stored.get(student.id());
                    if (before == null) {
                        throw StoreFailures.notFound(RecordKind.STUDENT, student.id());
                    }
                    if (before.version() != student.version()) {
                        throw StoreFailures.staleVersion(RecordKind.STUDENT, student.id(),
                                student.version(), before.version());
                    }
                    if (!keepsPlaceAndKeys(before, student)) {
                        updated.add(update(student));
                        continue;
                    }
                    Student next = student.withVersion(student.version() + 1);
                    int index = bindFields(statement, 1, next);
                    statement.setString(index, next.county().value());
                    statement.setString(index + 1, next.id().toString());
                    statement.setLong(index + 2, student.version());
                    statement.addBatch();
                    together.add(student);
                    updated.add(next);
                }
                int[] counts = together.isEmpty() ? new int[0] : statement.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        Student lost = together.get(i);
                        throw stale(connection, lost.id(), lost.version());
                    }
                }
            }
            LOG.trace("Updated {} students, {} of them in one batch", batch.size(),
                    together.size());
            return updated;
        });
    }

    /** Tells whether a change keeps the county and every key table's value and holding. */
    private static boolean keepsPlaceAndKeys(Student stored, Student changed) {
        if (!stored.county().equals(changed.county())) {
            return false;
        }
        for (int i = 0; i < KEY_TABLES.size(); i++) {
            if (holds(i, stored) != holds(i, changed)
                    || !uniqueValue(i, stored).equals(uniqueValue(i, changed))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Optional<Student> find(StudentId id) {
        requireNonNull(id, "id");
        return transactions.withConnection("查询学生", "reading a student", connection ->
                read(connection, BY_ID, List.of(id.toString())).stream().findFirst());
    }

    @Override
    public Optional<Scope> placeOf(StudentId id) {
        requireNonNull(id, "id");
        return transactions.withConnection("查询学生", "reading a student's place", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT s.county_code, s.school_id, s.central_school_id FROM student s"
                            + " JOIN student_locator l ON s.county_code = l.county_code"
                            + " AND s.student_id = l.student_id WHERE l.student_id = ?")) {
                statement.setString(1, id.toString());
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(Rows.scope(row.getString(1), row.getString(2),
                                    row.getString(3)))
                            : Optional.<Scope>empty();
                }
            }
        });
    }

    @Override
    public Optional<Student> findByKey(StudentKey key) {
        requireNonNull(key, "key");
        String sql = SELECT + " JOIN student_key k"
                + " ON s.county_code = k.county_code AND s.student_id = k.student_id"
                + " WHERE k.key_value = ?";
        return transactions.withConnection("查询学生", "reading a student by key", connection ->
                read(connection, sql, List.of(key.value())).stream().findFirst());
    }

    @Override
    public Map<StudentKey, Student> findByKeys(Collection<StudentKey> keys) {
        Map<String, StudentKey> wanted = new LinkedHashMap<>();
        for (StudentKey key : keys) {
            wanted.put(requireNonNull(key, "key").value(), key);
        }
        List<Object> values = new ArrayList<>(wanted.keySet());
        return transactions.withConnection("查询学生", "reading students by key", connection -> {
            Map<StudentKey, Student> found = new HashMap<>();
            for (Student student : readJoined(connection, "student_key", "key_value", values)) {
                found.put(wanted.get(student.key().value()), student);
            }
            return found;
        });
    }

    @Override
    public List<Student> findByPerson(String name, Sex sex, LocalDate birthDate) {
        requireNonNull(name, "name");
        requireNonNull(sex, "sex");
        requireNonNull(birthDate, "birthDate");
        String sql = SELECT + " WHERE s.name = ? AND s.sex_code = ? AND s.birth_date = ?"
                + " AND s.status <> ?";
        return transactions.withConnection("查询学生", "looking for a person", connection ->
                read(connection, sql, List.of(name, sex.code(), birthDate, DELETED)));
    }

    @Override
    public List<Student> findByPeople(Collection<StudentDetails> people) {
        List<List<Object>> wanted = people.stream().map(person -> List.<Object>of(
                person.name(), person.sex().code(), person.birthDate())).distinct().toList();
        return transactions.withConnection("查询学生", "looking for people", connection -> {
            Map<StudentId, Student> found = new TreeMap<>();
            for (int from = 0; from < wanted.size(); from += KEYS_PER_QUERY) {
                List<List<Object>> part = wanted.subList(from,
                        Math.min(wanted.size(), from + KEYS_PER_QUERY));
                String query = SELECT + " WHERE s.status <> ? AND ("
                        + part.stream().map(any -> "(s.name = ? AND s.sex_code = ?"
                                + " AND s.birth_date = ?)").collect(Collectors.joining(" OR "))
                        + ")";
                List<Object> values = new ArrayList<>();
                values.add(DELETED);
                part.forEach(values::addAll);
                for (Student student : read(connection, query, values)) {
                    found.put(student.id(), student);
                }
            }
            return new ArrayList<>(found.values());
        });
    }

    @Override
    public int countInClass(ClassId classId) {
        requireNonNull(classId, "classId");
        String sql = "SELECT COUNT(*) FROM student WHERE county_code = " + SCHOOL_DIVISION
                + " AND school_id = ? AND cohort_year = ? AND class_number = ? AND status <> ?";
        return transactions.withConnection("统计班级人数", "counting a class", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, classId.school().value());
                statement.setString(2, classId.school().value());
                statement.setInt(3, classId.cohort().startYear());
                statement.setInt(4, classId.number());
                statement.setString(5, DELETED);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    @Override
    public Map<ClassId, Integer> countInClasses(Collection<ClassId> classIds) {
        Map<List<Object>, List<ClassId>> groups = new LinkedHashMap<>();
        for (ClassId classId : classIds) {
            groups.computeIfAbsent(List.of(classId.school(), classId.cohort()),
                    any -> new ArrayList<>()).add(classId);
        }
        return transactions.withConnection("统计班级人数", "counting classes", connection -> {
            Map<ClassId, Integer> counts = new HashMap<>();
            for (List<ClassId> group : groups.values()) {
                ClassId first = group.get(0);
                String query = "SELECT class_number, COUNT(*) FROM student WHERE county_code = "
                        + SCHOOL_DIVISION + " AND school_id = ? AND cohort_year = ?"
                        + " AND status <> ? AND class_number IN ("
                        + group.stream().map(id -> "?").collect(Collectors.joining(", "))
                        + ") GROUP BY class_number";
                Map<Integer, Integer> byNumber = new HashMap<>();
                try (PreparedStatement statement = connection.prepareStatement(query)) {
                    statement.setString(1, first.school().value());
                    statement.setString(2, first.school().value());
                    statement.setInt(3, first.cohort().startYear());
                    statement.setString(4, DELETED);
                    for (int i = 0; i < group.size(); i++) {
                        statement.setInt(5 + i, group.get(i).number());
                    }
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            byNumber.put(row.getInt(1), row.getInt(2));
                        }
                    }
                }
                for (ClassId classId : group) {
                    counts.put(classId, byNumber.getOrDefault(classId.number(), 0));
                }
            }
            return counts;
        });
    }

    @Override
    public List<Student> listBySchool(SchoolIdentifier school, RegistrationStatus status) {
        requireNonNull(school, "school");
        requireNonNull(status, "status");
        String sql = SELECT + " WHERE s.county_code = " + SCHOOL_DIVISION
                + " AND s.status = ? AND s.school_id = ?";
        return transactions.withConnection("查询学生", "listing a school's students",
                connection -> read(connection, sql,
                        List.of(school.value(), status.name(), school.value())));
    }

    @Override
    public List<Student> listWithin(DivisionCode division, RegistrationStatus status) {
        requireNonNull(division, "division");
        requireNonNull(status, "status");
        String[] range = Rows.divisionRange(division);
        String sql = SELECT + " WHERE s.county_code BETWEEN ? AND ? AND s.status = ?";
        return transactions.withConnection("查询学生", "listing students", connection ->
                read(connection, sql, List.of(range[0], range[1], status.name())).stream()
                        .filter(student -> student.county().isWithin(division))
                        .collect(Collectors.toList()));
    }

    @Override
    public List<Student> findInClass(ClassId classId, String name) {
        requireNonNull(classId, "classId");
        requireNonNull(name, "name");
        String sql = SELECT + " WHERE s.county_code = " + SCHOOL_DIVISION
                + " AND s.school_id = ? AND s.cohort_year = ? AND s.class_number = ?"
                + " AND s.name = ?";
        return transactions.withConnection("查询学生", "looking for a name in a class",
                connection -> read(connection, sql, List.of(classId.school().value(),
                        classId.school().value(), classId.cohort().startYear(),
                        classId.number(), name)));
    }

    @Override
    public Optional<Student> findByRegistryNumber(RegistryNumber number) {
        requireNonNull(number, "number");
        String sql = SELECT + " JOIN student_registry_number r"
                + " ON s.county_code = r.county_code AND s.student_id = r.student_id"
                + " WHERE r.registry_number = ?";
        return transactions.withConnection("查询学生", "reading a student by registry number",
                connection -> read(connection, sql, List.of(number.value())).stream()
                        .findFirst());
    }

    @Override
    public List<StudentTally> tallyWithin(DivisionCode division) {
        requireNonNull(division, "division");
        String[] range = Rows.divisionRange(division);
        String sql = "SELECT county_code, school_id, cohort_year, class_number, sex_code,"
                + " status, COUNT(*) FROM student WHERE county_code BETWEEN ? AND ?"
                + " GROUP BY county_code, school_id, cohort_year, class_number, sex_code, status";
        return transactions.withConnection("统计学生", "tallying students", connection -> {
            Map<List<Object>, Long> counts = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, range[0]);
                statement.setString(2, range[1]);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        if (!DivisionCode.parse(row.getString(1)).isWithin(division)) {
                            continue;
                        }
                        ClassId classId = ClassId.of(SchoolIdentifier.parse(row.getString(2)),
                                AcademicYear.of(row.getInt(3)), row.getInt(4));
                        counts.merge(List.of(classId, Rows.code(Sex.class, row.getString(5)),
                                RegistrationStatus.valueOf(row.getString(6))),
                                row.getLong(7), Long::sum);
                    }
                }
            }
            LOG.trace("Tallied {} groups of students within {}", counts.size(), division);
            return counts.entrySet().stream().map(entry -> new StudentTally(
                    (ClassId) entry.getKey().get(0), (Sex) entry.getKey().get(1),
                    (RegistrationStatus) entry.getKey().get(2), entry.getValue())).toList();
        });
    }

    @Override
    public List<Student> page(StudentSelection selection, StudentId after, int limit) {
        requireNonNull(selection, "selection");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        List<Object> values = new ArrayList<>();
        StringBuilder query = new StringBuilder(SELECT).append(selected(selection, values));
        if (after != null) {
            query.append(" AND s.student_id > ?");
            values.add(after.toString());
        }
        query.append(" ORDER BY s.student_id");
        values.add(limit);
        String paged = sql.limited(query.toString());
        return transactions.withConnection("查询学生", "reading a page of students",
                connection -> {
                    List<Student> students = new ArrayList<>();
                    try (PreparedStatement statement = connection.prepareStatement(paged)) {
                        bind(statement, values);
                        try (ResultSet row = statement.executeQuery()) {
                            while (row.next()) {
                                students.add(student(row));
                            }
                        }
                    }
                    LOG.trace("Read a page of {} students of {}", students.size(), selection);
                    return students;
                });
    }

    @Override
    public long count(StudentSelection selection) {
        requireNonNull(selection, "selection");
        List<Object> values = new ArrayList<>();
        String query = "SELECT COUNT(*) FROM student s" + selected(selection, values);
        return transactions.withConnection("统计学生", "counting students", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(query)) {
                bind(statement, values);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /**
     * Returns the joins and conditions of a selection over {@code student s}, adding their
     * parameters to the values: a range of counties, the status, the student's own cohort if
     * selected (a kept-back student's, not its class's), and the school system of the
     * student's class, joined from {@code school_class}, if selected.
     */
    private static String selected(StudentSelection selection, List<Object> values) {
        StringBuilder clause = new StringBuilder();
        Optional<SchoolSystem> system = selection.schoolSystemFilter();
        if (system.isPresent()) {
            clause.append(" JOIN school_class c ON c.division_code = s.county_code")
                    .append(" AND c.school_id = s.school_id AND c.cohort_year = s.cohort_year")
                    .append(" AND c.class_number = s.class_number");
        }
        String[] range = Rows.divisionRange(selection.within());
        clause.append(" WHERE s.county_code BETWEEN ? AND ? AND s.status = ?");
        values.add(range[0]);
        values.add(range[1]);
        values.add(selection.status().name());
        selection.cohortFilter().ifPresent(cohort -> {
            clause.append(" AND COALESCE(s.student_cohort_year, s.cohort_year) = ?");
            values.add(cohort.startYear());
        });
        system.ifPresent(schoolSystem -> {
            clause.append(" AND c.school_system_code = ?");
            values.add(schoolSystem.code());
        });
        return clause.toString();
    }

    private static void bind(PreparedStatement statement, List<Object> values)
            throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    /** Inserts the row of key table {@code index} for a student, refusing a taken value. */
    private static void claim(Connection connection, int index, Student student, String county)
            throws SQLException {
        KeyTable table = KEY_TABLES.get(index);
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO "
                + table.name + " (" + table.column + ", county_code, student_id)"
                + " VALUES (?, ?, ?)")) {
            statement.setString(1, uniqueValue(index, student));
            statement.setString(2, county);
            statement.setString(3, student.id().toString());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw refusal(e, () -> duplicate(index, student));
        }
    }

    /** Refuses an update whose value of key table {@code index} another student holds. */
    private static void checkFree(Connection connection, int index, Student student)
            throws SQLException {
        KeyTable table = KEY_TABLES.get(index);
        try (PreparedStatement statement = connection.prepareStatement("SELECT student_id FROM "
                + table.name + " WHERE " + table.column + " = ?")) {
            statement.setString(1, uniqueValue(index, student));
            try (ResultSet row = statement.executeQuery()) {
                if (row.next() && !row.getString(1).equals(student.id().toString())) {
                    throw duplicate(index, student);
                }
            }
        }
    }

    /** Points key table {@code index} at the updated student's value and county. */
    private static void rekey(Connection connection, int index, Student stored, Student updated)
            throws SQLException {
        String before = uniqueValue(index, stored);
        String after = uniqueValue(index, updated);
        String county = updated.county().value();
        boolean held = holds(index, stored);
        boolean holds = holds(index, updated);
        if (held == holds && before.equals(after) && stored.county().equals(updated.county())) {
            return;
        }
        if (held) {
            KeyTable table = KEY_TABLES.get(index);
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM "
                    + table.name + " WHERE " + table.column + " = ? AND student_id = ?")) {
                statement.setString(1, before);
                statement.setString(2, stored.id().toString());
                statement.executeUpdate();
            }
        }
        if (holds) {
            claim(connection, index, updated, county);
        }
    }

    private static void insertRow(Connection connection, Student student) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setString(1, student.county().value());
            statement.setString(2, student.id().toString());
            bindFields(statement, 3, student);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw refusal(e, () -> StoreFailures.duplicate(RecordKind.STUDENT, student.id()));
        }
    }

    private static void updateRow(Connection connection, Student updated, long version)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
            int next = bindFields(statement, 1, updated);
            statement.setString(next, updated.county().value());
            statement.setString(next + 1, updated.id().toString());
            statement.setLong(next + 2, version);
            if (statement.executeUpdate() == 0) {
                throw stale(connection, updated.id(), version);
            }
        }
    }

    /**
     * Moves a student to another county: deletes the row at the version read, inserts it under
     * the new county, and moves the locator, the photo and the records' entries with it.
     */
    private static void moveRow(Connection connection, Student stored, Student updated)
            throws SQLException {
        String id = stored.id().toString();
        String from = stored.county().value();
        String to = updated.county().value();
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM student WHERE county_code = ? AND student_id = ? AND version = ?")) {
            statement.setString(1, from);
            statement.setString(2, id);
            statement.setLong(3, stored.version());
            if (statement.executeUpdate() == 0) {
                throw stale(connection, stored.id(), stored.version());
            }
        }
        insertRow(connection, updated);
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE student_locator SET county_code = ? WHERE student_id = ?")) {
            statement.setString(1, to);
            statement.setString(2, id);
            statement.executeUpdate();
        }
        move(connection, "student_photo", "student_id, jpeg, taken_on", id, from, to);
        move(connection, "student_record_entry",
                "student_id, entry_number, kind, entry_date, title, detail", id, from, to);
        move(connection, "student_history",
                "student_id, entry_number, recorded_at, kind, account, facts", id, from, to);
        move(connection, "graduation_case", "student_id, place_division, school_id,"
                + " central_school_id, graduation_year, kind, state, return_reason, changed_at,"
                + " version", id, from, to);
        LOG.trace("Moved student {} from county {} to {}", id, from, to);
    }

    /** Copies one student's rows of a table to another county, then deletes the originals. */
    private static void move(Connection connection, String table, String columns, String id,
            String from, String to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + table
                + " (county_code, " + columns + ") SELECT ?, " + columns + " FROM " + table
                + " WHERE county_code = ? AND student_id = ?")) {
            statement.setString(1, to);
            statement.setString(2, from);
            statement.setString(3, id);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table
                + " WHERE county_code = ? AND student_id = ?")) {
            statement.setString(1, from);
            statement.setString(2, id);
            statement.executeUpdate();
        }
    }

    private static RegistryException stale(Connection connection, StudentId id, long version)
            throws SQLException {
        Optional<Student> now = read(connection, BY_ID, List.of(id.toString())).stream()
                .findFirst();
        return now.isPresent()
                ? StoreFailures.staleVersion(RecordKind.STUDENT, id, version, now.get().version())
                : StoreFailures.notFound(RecordKind.STUDENT, id);
    }

    /**
     * Reads the students whose row in one of the tables that point at student rows holds one of
     * some values in a column, with one query per {@link #KEYS_PER_QUERY} values.
     */
    private static List<Student> readJoined(Connection connection, String table, String column,
            List<Object> values) throws SQLException {
        List<Student> students = new ArrayList<>();
        for (int from = 0; from < values.size(); from += KEYS_PER_QUERY) {
            List<Object> part = values.subList(from,
                    Math.min(values.size(), from + KEYS_PER_QUERY));
            String query = SELECT + " JOIN " + table + " j"
                    + " ON s.county_code = j.county_code AND s.student_id = j.student_id"
                    + " WHERE j." + column + " IN ("
                    + part.stream().map(any -> "?").collect(Collectors.joining(", ")) + ")";
            students.addAll(read(connection, query, part));
        }
        return students;
    }

    private static List<Student> read(Connection connection, String sql, List<Object> values)
            throws SQLException {
        List<Student> students = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    students.add(student(row));
                }
            }
        }
        students.sort(Comparator.comparing(Student::id));
        return students;
    }

    /**
     * Tells whether a student holds its value of key table {@code index}: a deleted student
     * frees its key and registry number, and keeps its regional number taken.
     */
    private static boolean holds(int index, Student student) {
        return index == REGIONAL_NUMBER || student.holdsKeyAndRegistryNumber();
    }

    private static String uniqueValue(int index, Student student) {
        switch (index) {
            case 0:
                return student.key().value();
            case 1:
                return student.registryNumber().value();
            default:
                return student.regionalNumber().value();
        }
    }

    /** The in-memory store's failure for a clash on key table {@code index}, masked. */
    private static RegistryException duplicate(int index, Student student) {
        switch (index) {
            case 0:
                return StoreFailures.duplicate(RecordKind.STUDENT, student.key());
            case 1:
                return StoreFailures.duplicate(RecordKind.STUDENT,
                        student.registryNumber().masked());
            default:
                return StoreFailures.duplicate(RecordKind.STUDENT,
                        student.regionalNumber().value());
        }
    }

    /** Turns a duplicate-key failure into the given refusal; rethrows any other failure. */
    private static RuntimeException refusal(SQLException failure,
            Supplier<RegistryException> duplicate) throws SQLException {
        if (SqlErrors.isDuplicateKey(failure)) {
            return duplicate.get();
        }
        throw failure;
    }

    /** Binds every column after the county and the id; returns the next parameter's index. */
    private static int bindFields(PreparedStatement statement, int first, Student student)
            throws SQLException {
        int i = first;
        for (Object value : fieldValues(student)) {
            BulkRows.bind(statement, i++, value);
        }
        return i;
    }

    /**
     * Returns the values of every column after the county and the id, in the order of
     * {@link #COLUMNS}: strings, integers, longs, booleans and dates, with a typed null where a
     * nullable column is empty.
     */
    private static List<Object> fieldValues(Student student) {
        List<Object> values = new ArrayList<>(COLUMNS.size() - 2);
        addFieldValues(values, student);
        return values;
    }

    /** Adds the values {@link #fieldValues} returns to a list. */
    private static void addFieldValues(List<Object> values, Student student) {
        StudentDetails details = student.details();
        Scope place = student.place();
        values.add(student.key().value());
        values.add(student.registryNumber().value());
        values.add(student.regionalNumber().value());
        values.add(student.school().value());
        values.add(text(place.centralSchool().map(SchoolIdentifier::value).orElse(null)));
        values.add(student.classId().cohort().startYear());
        values.add(student.classId().number());
        values.add(details.name());
        values.add(details.sex().code());
        values.add(details.birthDate());
        values.add(details.birthplace());
        values.add(details.nativePlace());
        values.add(details.ethnicity().code());
        values.add(details.nationality());
        values.add(details.overseasStatus().code());
        values.add(details.health().code());
        values.add(details.householdPlace());
        values.add(details.householdType().code());
        values.add(details.entryMonth().toString());
        values.add(details.attendanceMode().code());
        values.add(details.source().code());
        values.add(details.address());
        values.add(details.phone());
        values.add(details.onlyChild());
        values.add(details.leftBehind());
        values.add(details.migrant());
        values.add(details.disability().code());
        values.add(details.inclusiveClass().code());
        addDocument(values, student.identityDocument().orElse(null));
        for (int g = 0; g < 2; g++) {
            Guardian guardian = g < student.guardians().size() ? student.guardians().get(g) : null;
            values.add(text(guardian == null ? null : guardian.name()));
            values.add(text(guardian == null ? null : guardian.relation()));
            addDocument(values, guardian == null ? null : guardian.document());
            values.add(text(guardian == null ? null : guardian.phone()));
        }
        values.add(student.status().name());
        values.add(text(student.returnReason().orElse(null)));
        values.add(student.flags().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(",")));
        values.add(text(student.graduation().map(Enum::name).orElse(null)));
        values.add(student.cohort().startYear());
        Integer kept = student.keptGradeAt().map(AcademicYear::startYear).orElse(null);
        values.add(kept == null ? Null.INTEGER : kept);
        values.add(student.version());
    }

    private static void addDocument(List<Object> values, IdentityDocument document) {
        if (document == null) {
            values.add(Null.TEXT);
            values.add(Null.TEXT);
        } else {
            values.add(document.type().code());
            values.add(text(document.number().orElse(null)));
        }
    }

    private static Object text(String value) {
        return value == null ? Null.TEXT : value;
    }

    private static Student student(ResultSet row) throws SQLException {
        SchoolIdentifier school = SchoolIdentifier.parse(row.getString("school_id"));
        Scope place = Rows.scope(row.getString("county_code"), school.value(),
                row.getString("central_school_id"));
        Student.Builder builder = Student.builder()
                .id(StudentId.parse(row.getString("student_id")))
                .key(StudentKey.ofValue(row.getString("student_key")))
                .details(details(row))
                .identityDocument(document(row, "document_type_code", "document_number"))
                .guardians(guardians(row))
                .registryNumber(RegistryNumber.parse(row.getString("registry_number")))
                .regionalNumber(RegionalStudentNumber.parse(row.getString("regional_number")))
                .place(place)
                .classId(ClassId.of(school, AcademicYear.of(row.getInt("cohort_year")),
                        row.getInt("class_number")))
                .status(RegistrationStatus.valueOf(row.getString("status")))
                .returnReason(row.getString("return_reason"))
                .cohort(year(row, "student_cohort_year"))
                .keptGradeAt(year(row, "kept_grade_year"))
                .version(row.getLong("version"));
        String graduation = row.getString("graduation_kind");
        if (graduation != null) {
            builder.graduation(GraduationKind.valueOf(graduation));
        }
        flags(row.getString("flags")).forEach(builder::flag);
        return builder.build();
    }

    /** Reads a nullable school year column: its first calendar year, or null. */
    private static AcademicYear year(ResultSet row, String column) throws SQLException {
        int startYear = row.getInt(column);
        return row.wasNull() ? null : AcademicYear.of(startYear);
    }

    private static StudentDetails details(ResultSet row) throws SQLException {
        return new StudentDetails(row.getString("name"),
                Rows.code(Sex.class, row.getString("sex_code")),
                row.getObject("birth_date", LocalDate.class),
                row.getString("birthplace"), row.getString("native_place"),
                Rows.code(Ethnicity.class, row.getString("ethnicity_code")),
                row.getString("nationality"),
                Rows.code(OverseasChineseStatus.class, row.getString("overseas_status_code")),
                Rows.code(HealthStatus.class, row.getString("health_code")),
                row.getString("household_place"),
                Rows.code(HouseholdType.class, row.getString("household_type_code")),
                YearMonth.parse(row.getString("entry_month")),
                Rows.code(AttendanceMode.class, row.getString("attendance_mode_code")),
                Rows.code(StudentSource.class, row.getString("source_code")),
                row.getString("address"), row.getString("phone"),
                row.getBoolean("only_child"), row.getBoolean("left_behind"),
                row.getBoolean("migrant"),
                Rows.code(Disability.class, row.getString("disability_code")),
                Rows.code(InclusiveClass.class, row.getString("inclusive_class_code")));
    }

    private static List<Guardian> guardians(ResultSet row) throws SQLException {
        List<Guardian> guardians = new ArrayList<>();
        for (String prefix : List.of("guardian1_", "guardian2_")) {
            String name = row.getString(prefix + "name");
            if (name != null) {
                guardians.add(new Guardian(name, row.getString(prefix + "relation"),
                        document(row, prefix + "document_type", prefix + "document_number"),
                        row.getString(prefix + "phone")));
            }
        }
        return guardians;
    }

    private static IdentityDocument document(ResultSet row, String typeColumn,
            String numberColumn) throws SQLException {
        String type = row.getString(typeColumn);
        if (type == null) {
            return null;
        }
        String number = row.getString(numberColumn);
        return IdentityDocument.of(IdentityDocumentType.ofCode(type), number == null ? "" : number);
    }

    private static Set<StudentFlag> flags(String stored) {
        Set<StudentFlag> flags = EnumSet.noneOf(StudentFlag.class);
        if (!stored.isEmpty()) {
            for (String name : stored.split(",")) {
                flags.add(StudentFlag.valueOf(name));
            }
        }
        return flags;
    }

    /** A key table and its value column, names from this class only. */
    private record KeyTable(String name, String column) {
    }
}
