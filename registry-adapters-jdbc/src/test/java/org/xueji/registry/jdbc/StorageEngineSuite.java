package org.xueji.registry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.Registry;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.enrollment.BatchResult;
import org.xueji.registry.enrollment.NewStudentForm;
import org.xueji.registry.enrollment.Refusal;
import org.xueji.registry.event.AuthorityUpdated;
import org.xueji.registry.event.ClassCreated;
import org.xueji.registry.event.SchoolCreated;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.SqlDialect;
import org.xueji.registry.organisation.Authority;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.testkit.AuditTrailContract;
import org.xueji.registry.testkit.AuthorityStoreContract;
import org.xueji.registry.testkit.CalendarStoreContract;
import org.xueji.registry.testkit.ChangeCaseStoreContract;
import org.xueji.registry.testkit.ClassStoreContract;
import org.xueji.registry.testkit.ConcurrencyContract;
import org.xueji.registry.testkit.ConnectionDropContract;
import org.xueji.registry.testkit.DriverManagerDataSource;
import org.xueji.registry.testkit.EventFeedContract;
import org.xueji.registry.testkit.FaultInjectingDataSource;
import org.xueji.registry.testkit.GraduationCaseStoreContract;
import org.xueji.registry.testkit.HistoryStoreContract;
import org.xueji.registry.testkit.HostileTextContract;
import org.xueji.registry.testkit.MainJob;
import org.xueji.registry.testkit.NumberSequenceContract;
import org.xueji.registry.testkit.OpenCasesContract;
import org.xueji.registry.testkit.PhotoStoreContract;
import org.xueji.registry.testkit.ProblemStoreContract;
import org.xueji.registry.testkit.RegistryContract;
import org.xueji.registry.testkit.RegistryNumberHistoryContract;
import org.xueji.registry.testkit.RolloverProgressContract;
import org.xueji.registry.testkit.SchoolStoreContract;
import org.xueji.registry.testkit.SchoolYearContract;
import org.xueji.registry.testkit.ScratchDatabase;
import org.xueji.registry.testkit.StorageFixtures;
import org.xueji.registry.testkit.StudentRecordStoreContract;
import org.xueji.registry.testkit.StudentStoreContract;
import org.xueji.registry.testkit.UnitOfWorkContract;

/**
 * What the JDBC adapter must do on every engine; each engine's test class extends this and makes
 * the empty databases. The class migrates one database before its tests and drops every database
 * it made after them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StorageEngineSuite {

    private static final String COUNTY = "340104";
    private static final List<String> TABLES = List.of("authority", "school", "school_class",
            "number_sequence", "audit_entry", "event_outbox", "student_locator", "student_key",
            "student_registry_number", "student_regional_number", "student", "student_photo",
            "student_record_entry", "problem_record", "academic_calendar",
            "change_case_locator", "change_case", "student_history", "graduation_case",
            "rollover_checkpoint", "rollover_entry");
    private static final int MIGRATIONS = 6;
    private static final List<String> SCHOOL_COLUMNS = List.of("division_code", "school_id",
            "name", "authority_unit_code", "school_code", "phone", "ownership_code",
            "urban_rural_code", "category_code", "school_system_code", "classes_per_grade",
            "version");

    private final List<ScratchDatabase> databases = new ArrayList<>();
    private ScratchDatabase database;
    private DataSource dataSource;
    private JdbcStorage storage;
    private int firstMigration;

    /** Creates an empty database of the engine under test, or skips the class. */
    abstract ScratchDatabase newDatabase() throws SQLException;

    /** Returns the dialect the engine under test should be detected as. */
    abstract Dialect expectedDialect();

    @BeforeAll
    void migrateAFreshDatabase() throws SQLException {
        database = trackedDatabase();
        dataSource = database.dataSource();
        storage = JdbcStorage.create(dataSource);
        firstMigration = storage.migrate();
    }

    @AfterAll
    void dropTheDatabases() throws SQLException {
        Collections.reverse(databases);
        for (ScratchDatabase database : databases) {
            database.close();
        }
    }

    @Test
    void detectsItsEngine() {
        assertThat(storage.dialect()).isEqualTo(expectedDialect());
    }

    @Test
    void appliesTheMigrationsOnceAndASecondMigrateDoesNothing() throws SQLException {
        assertThat(firstMigration).isEqualTo(MIGRATIONS);
        assertThat(storage.migrate()).isZero();
        for (String table : TABLES) {
            assertThat(count("SELECT COUNT(*) FROM " + table)).as(table).isNotNegative();
        }
    }

    @Test
    void leavesTheHostsOwnFlywayHistoryUntouched() throws SQLException {
        ScratchDatabase host = trackedDatabase();
        Flyway hostFlyway = Flyway.configure()
                .dataSource(host.dataSource())
                .locations("classpath:host/migration")
                .load();
        hostFlyway.migrate();
        List<String> hostHistory = history(host.dataSource(), "flyway_schema_history");

        int applied = JdbcStorage.create(host.dataSource()).migrate();

        assertThat(applied).isEqualTo(MIGRATIONS);
        assertThat(history(host.dataSource(), "flyway_schema_history")).isEqualTo(hostHistory);
        assertThat(history(host.dataSource(), JdbcStorage.HISTORY_TABLE))
                .anySatisfy(row -> assertThat(row).startsWith("0 "))
                .last().asString().startsWith(MIGRATIONS + " ");
        hostFlyway.validate();
        assertThat(hostFlyway.info().pending()).isEmpty();
    }

    @Test
    void refusesASecondSchoolWithTheSameKeyAsDuplicate() {
        String schoolId = newSchoolId();
        insertSchool(storage.transactions(), schoolId);

        assertThatThrownBy(() -> insertSchool(storage.transactions(), schoolId))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE);
                    assertThat(e.getCause().getMessage()).doesNotContain(schoolId);
                });
    }

    @Test
    void rollsBackOuterAndNestedWorkWhenTheOuterWorkThrows() throws SQLException {
        String outer = newSchoolId();
        String nested = newSchoolId();
        JdbcTransactions transactions = storage.transactions();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            insertSchool(transactions, outer);
            transactions.inTransaction(() -> insertSchool(transactions, nested));
            throw new IllegalStateException("the work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(schoolCount(outer, nested)).isZero();
    }

    @Test
    void commitsNestedWorkWithTheOuterTransaction() throws SQLException {
        String outer = newSchoolId();
        String nested = newSchoolId();
        JdbcTransactions transactions = storage.transactions();

        boolean joined = transactions.inTransaction(() -> {
            insertSchool(transactions, outer);
            return transactions.inTransaction(() -> {
                insertSchool(transactions, nested);
                return transactions.isActive();
            });
        });

        assertThat(joined).isTrue();
        assertThat(transactions.isActive()).isFalse();
        assertThat(schoolCount(outer, nested)).isEqualTo(2);
    }

    @Test
    void rollsBackTheWholeTransactionWhenTheOuterWorkSwallowsANestedFailure()
            throws SQLException {
        String outer = newSchoolId();
        String nested = newSchoolId();
        JdbcTransactions transactions = storage.transactions();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            insertSchool(transactions, outer);
            try {
                transactions.inTransaction(() -> {
                    insertSchool(transactions, nested);
                    throw new IllegalStateException("the nested work fails");
                });
            } catch (IllegalStateException expected) {
                return "swallowed";
            }
            return "unreachable";
        })).isInstanceOfSatisfying(RegistryException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILURE));

        assertThat(schoolCount(outer, nested)).isZero();
    }

    @Test
    void retriesATransactionThatFailedWithASerializationFailure() throws SQLException {
        FaultInjectingDataSource faulty = FaultInjectingDataSource.wrap(dataSource);
        JdbcTransactions transactions = quickRetries(faulty, 3);
        AtomicInteger runs = new AtomicInteger();
        String schoolId = newSchoolId();
        faulty.failStatement(1, FaultInjectingDataSource::serializationFailure);

        transactions.inTransaction(() -> {
            runs.incrementAndGet();
            return insertSchool(transactions, schoolId);
        });

        assertThat(runs).hasValue(2);
        assertThat(schoolCount(schoolId)).isEqualTo(1);
    }

    @Test
    void retriesATransactionWhoseCommitReportedADeadlock() throws SQLException {
        FaultInjectingDataSource faulty = FaultInjectingDataSource.wrap(dataSource);
        JdbcTransactions transactions = quickRetries(faulty, 3);
        AtomicInteger runs = new AtomicInteger();
        String schoolId = newSchoolId();
        faulty.failCommit(1, FaultInjectingDataSource::deadlock);

        transactions.inTransaction(() -> {
            runs.incrementAndGet();
            return insertSchool(transactions, schoolId);
        });

        assertThat(runs).hasValue(2);
        assertThat(schoolCount(schoolId)).isEqualTo(1);
    }

    @Test
    void givesUpAfterTheLastAttemptFailsTransiently() throws SQLException {
        FaultInjectingDataSource faulty = FaultInjectingDataSource.wrap(dataSource);
        JdbcTransactions transactions = quickRetries(faulty, 3);
        AtomicInteger runs = new AtomicInteger();
        String schoolId = newSchoolId();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            runs.incrementAndGet();
            faulty.failStatement(1, FaultInjectingDataSource::serializationFailure);
            return insertSchool(transactions, schoolId);
        })).isInstanceOfSatisfying(RegistryException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILURE));

        assertThat(runs).hasValue(3);
        assertThat(schoolCount(schoolId)).isZero();
    }

    @Test
    void doesNotRetryAFailureThatIsNotTransient() {
        FaultInjectingDataSource faulty = FaultInjectingDataSource.wrap(dataSource);
        JdbcTransactions transactions = quickRetries(faulty, 3);
        AtomicInteger runs = new AtomicInteger();
        faulty.failStatement(1, () -> new SQLException("injected disk failure", "58030"));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            runs.incrementAndGet();
            return insertSchool(transactions, newSchoolId());
        })).isInstanceOfSatisfying(RegistryException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILURE));

        assertThat(runs).hasValue(1);
    }

    @Test
    void commitsNothingWhenTheConnectionDropsMidTransaction() throws SQLException {
        FaultInjectingDataSource faulty = FaultInjectingDataSource.wrap(dataSource);
        JdbcTransactions transactions = quickRetries(faulty, 3);
        String first = newSchoolId();
        String second = newSchoolId();
        faulty.dropConnectionAt(2);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            insertSchool(transactions, first);
            return insertSchool(transactions, second);
        })).isInstanceOfSatisfying(RegistryException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILURE));

        assertThat(schoolCount(first, second)).isZero();
    }

    @Test
    void upsertsInsertAnAbsentRowThenOverwriteIt() throws SQLException {
        String unitCode = "U" + UUID.randomUUID().toString().substring(0, 8);
        String division = String.valueOf(ThreadLocalRandom.current().nextInt(110_000, 659_999));
        String upsert = sql().upsert("authority", List.of("unit_code"),
                List.of("name", "division_code", "address", "region_category",
                        "economic_attribute", "ethnic_attribute", "phone", "version"));

        execute(upsert, unitCode, "合肥市教育局", division, "合肥", "城市", "0", "非民族", "0551-1", 1L);
        execute(upsert, unitCode, "合肥市教育体育局", division, "合肥", "城市", "0", "非民族",
                "0551-1", 2L);

        assertThat(count("SELECT COUNT(*) FROM authority WHERE unit_code = ?", unitCode))
                .isEqualTo(1);
        assertThat(count("SELECT version FROM authority WHERE unit_code = ?", unitCode))
                .isEqualTo(2);
    }

    @Test
    void pagesThroughBulkInsertedRowsByACompositeKeyset() throws SQLException {
        String tag = "P" + UUID.randomUUID().toString().substring(0, 8);
        List<String> expected = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (String county : List.of("340102", "340103", "340104")) {
            for (int i = 0; i < 3; i++) {
                String schoolId = newSchoolId();
                expected.add(county + "/" + schoolId);
                values.addAll(schoolRow(county, schoolId, tag));
            }
        }
        Collections.sort(expected);
        execute(sql().insertRows("school", SCHOOL_COLUMNS, 9), values.toArray());

        assertThat(readInPagesOfTwo(tag)).containsExactlyElementsOf(expected);
    }

    @Test
    void locksTheRowsItReadsForUpdate() {
        String schoolId = newSchoolId();
        insertSchool(storage.transactions(), schoolId);
        String select = sql().forUpdate(
                "SELECT version FROM school WHERE division_code = ? AND school_id = ?");

        long version = storage.transactions().withConnection("读", "reading", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                statement.setString(1, COUNTY);
                statement.setString(2, schoolId);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });

        assertThat(version).isEqualTo(1L);
    }

    @Test
    void storesNothingOfAUnitOfWorkWhoseConnectionDropsBetweenItsWrites() throws SQLException {
        RegistryStorage clean = freshStorage();
        FaultInjectingDataSource faulty = FaultInjectingDataSource.wrap(dataSource);
        JdbcStorage onFaulty = JdbcStorage.builder(faulty).dialect(storage.dialect()).build();
        Authority authority = StorageFixtures.authority(StorageFixtures.BAOHE, "包河区教育体育局");
        School school = StorageFixtures.school("2134000001", StorageFixtures.BAOHE, "大圩中心学校");
        SchoolClass schoolClass = StorageFixtures.schoolClass(school, 2025, 1, "一年级（1）班");
        faulty.dropConnectionAt(3);

        assertThatThrownBy(() -> onFaulty.unitOfWork().inTransaction(() -> {
            onFaulty.authorities().insert(authority);
            onFaulty.schools().insert(school);
            onFaulty.classes().insert(schoolClass);
            return null;
        })).isInstanceOfSatisfying(RegistryException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILURE));

        assertThat(clean.authorities().find(authority.code())).isEmpty();
        assertThat(clean.schools().find(school.identifier())).isEmpty();
        assertThat(clean.classes().find(schoolClass.id())).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM school")).isZero();
    }

    @Test
    void storesNothingOfTheChunkUnderWayWhenAConnectionDropsMidBatchAndARerunStoresItAll()
            throws SQLException {
        int valid = 8;
        List<NewStudentForm> forms = MainJob.forms(valid);
        int batchStatements = statementsOfOneBatch(forms);
        freshStorage();
        FaultInjectingDataSource faulty = FaultInjectingDataSource.wrap(dataSource);
        Registry failing = MainJob.registry(
                JdbcStorage.builder(faulty).dialect(storage.dialect()).build());
        Actor school = MainJob.setUp(failing);
        faulty.dropConnectionAt(batchStatements / 2);

        assertThatThrownBy(() -> failing.enrollment().enrollAll(school, MainJob.SCHOOL,
                Grade.of(1), forms)).isInstanceOfSatisfying(RegistryException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILURE));

        JdbcStorage clean = JdbcStorage.builder(dataSource).dialect(storage.dialect()).build();
        assertThat(clean.students().listBySchool(MainJob.SCHOOL, RegistrationStatus.COLLECTED))
                .isEmpty();
        for (String table : List.of("student", "student_locator", "student_key",
                "student_registry_number", "student_regional_number", "student_photo",
                "problem_record")) {
            assertThat(count("SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'COLLECT_STUDENT'"))
                .isZero();
        BatchResult rerun = MainJob.registry(clean).enrollment().enrollAll(school,
                MainJob.SCHOOL, Grade.of(1), forms);
        assertThat(rerun.accepted()).hasSize(valid);
        assertThat(rerun.refused()).hasSize(MainJob.REFUSED);
        List<Student> kept = clean.students().listBySchool(MainJob.SCHOOL,
                RegistrationStatus.COLLECTED);
        assertThat(kept).hasSize(valid).allSatisfy(student -> {
            assertThat(clean.students().findByKey(student.key())).contains(student);
            assertThat(clean.photos().find(student.id())).isPresent();
        });
    }

    @Test
    void refusesAsDuplicatesOnlyTheChildrenThatTwoSchoolsRaceToEnrollInBatches()
            throws Exception {
        JdbcStorage racing = freshStorage();
        Registry registry = MainJob.registry(racing);
        Actor school = MainJob.setUp(registry);
        List<NewStudentForm> forms = MainJob.forms(40);
        List<NewStudentForm> first = forms.subList(0, 24);
        List<NewStudentForm> second = forms.subList(16, 40);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<BatchResult> one = pool.submit(() -> registry.enrollment().enrollAll(school,
                    MainJob.SCHOOL, Grade.of(1), first));
            Future<BatchResult> two = pool.submit(() -> registry.enrollment().enrollAll(school,
                    MainJob.SCHOOL, Grade.of(1), second));
            BatchResult a = one.get(120, TimeUnit.SECONDS);
            BatchResult b = two.get(120, TimeUnit.SECONDS);

            assertThat(a.accepted().size() + b.accepted().size()).isEqualTo(40);
            assertThat(a.refused().size() + b.refused().size()).isEqualTo(8);
            assertThat(a.refused()).allSatisfy(refused -> assertThat(refused.refusals())
                    .extracting(Refusal::code).containsOnly(ErrorCode.DUPLICATE));
            assertThat(b.refused()).allSatisfy(refused -> assertThat(refused.refusals())
                    .extracting(Refusal::code).containsOnly(ErrorCode.DUPLICATE));
            assertThat(racing.students().listBySchool(MainJob.SCHOOL,
                    RegistrationStatus.COLLECTED)).hasSize(40);
            assertThat(count("SELECT COUNT(*) FROM student_regional_number")).isEqualTo(40);
            assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'COLLECT_STUDENT'"
                    + " AND refusal IS NULL")).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsAnEventOnlyIfItsTransactionCommitsInItsDocumentedTextForm() throws SQLException {
        JdbcStorage outbox = freshStorage();
        Scope place = Scope.ofSchool(SchoolIdentifier.parse("2134000001"),
                StorageFixtures.BAOHE);
        SchoolCreated kept = new SchoolCreated(StorageFixtures.NOW, place,
                SchoolIdentifier.parse("2134000001"), 0);
        ClassCreated lost = new ClassCreated(StorageFixtures.NOW, place, ClassId.parse(
                "2134000001-2025-01"), 0);

        outbox.unitOfWork().inTransaction(() -> {
            outbox.events().publish(kept);
            return null;
        });
        assertThatThrownBy(() -> outbox.unitOfWork().inTransaction(() -> {
            outbox.events().publish(lost);
            throw new IllegalStateException("the work fails");
        })).isInstanceOf(IllegalStateException.class);
        List<OutboxEvent> polled = outbox.unitOfWork().inTransaction(
                () -> outbox.events().pollOutbox(10));

        assertThat(polled).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("SchoolCreated");
            assertThat(event.division()).isEqualTo(StorageFixtures.BAOHE);
            assertThat(event.occurredAt()).isEqualTo(StorageFixtures.NOW);
            assertThat(event.payload()).isEqualTo("type=SchoolCreated\n"
                    + "occurredAt=2025-09-01T02:00:00Z\nplace.division=340111\n"
                    + "place.school=2134000001\nschool=2134000001\nversion=0");
            assertThat(event.fields()).containsEntry("school", "2134000001")
                    .containsEntry("version", "0");
        });
    }

    @Test
    void pollsUndeliveredEventsInOrderUntilTheyAreMarkedDelivered() {
        JdbcStorage outbox = freshStorage();
        Scope place = Scope.of(StorageFixtures.BAOHE);
        for (int version = 0; version < 3; version++) {
            outbox.events().publish(new AuthorityUpdated(StorageFixtures.NOW, place,
                    StorageFixtures.bureauOf(StorageFixtures.BAOHE), version));
        }

        int delivered = outbox.unitOfWork().inTransaction(() -> {
            List<OutboxEvent> first = outbox.events().pollOutbox(2);
            assertThat(first).extracting(event -> event.fields().get("version"))
                    .containsExactly("0", "1");
            return outbox.events().markDelivered(first);
        });
        List<OutboxEvent> rest = outbox.events().pollOutbox(10);

        assertThat(delivered).isEqualTo(2);
        assertThat(rest).extracting(event -> event.fields().get("version")).containsExactly("2");
    }

    /** H2 locks every row its locking read scans, so there the second consumer may get none. */
    @Test
    void letsTwoConsumersTakeDisjointEventsByPassingOverLockedOnes() throws Exception {
        JdbcStorage outbox = freshStorage();
        Scope place = Scope.of(StorageFixtures.BAOHE);
        for (int version = 0; version < 2; version++) {
            outbox.events().publish(new AuthorityUpdated(StorageFixtures.NOW, place,
                    StorageFixtures.bureauOf(StorageFixtures.BAOHE), version));
        }
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            List<OutboxEvent> second = outbox.unitOfWork().inTransaction(() -> {
                List<OutboxEvent> first = outbox.events().pollOutbox(1);
                assertThat(first).hasSize(1);
                return await(other.submit(() -> outbox.unitOfWork().inTransaction(
                        () -> outbox.events().pollOutbox(10))));
            });

            assertThat(second).extracting(event -> event.fields().get("version"))
                    .doesNotContain("0");
            if (storage.dialect() != Dialect.H2) {
                assertThat(second).extracting(event -> event.fields().get("version"))
                        .containsExactly("1");
            }
        } finally {
            other.shutdownNow();
        }
    }

    /** The authority store contract on this engine. */
    @Nested
    class AuthoritiesOnThisEngine extends AuthorityStoreContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The school store contract on this engine. */
    @Nested
    class SchoolsOnThisEngine extends SchoolStoreContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The class store contract on this engine. */
    @Nested
    class ClassesOnThisEngine extends ClassStoreContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The audit trail contract on this engine. */
    @Nested
    class AuditTrailOnThisEngine extends AuditTrailContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The unit-of-work contract on this engine. */
    @Nested
    class UnitOfWorkOnThisEngine extends UnitOfWorkContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The registry end to end on this engine. */
    @Nested
    class RegistryOnThisEngine extends RegistryContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** Connections dropped mid-approval, mid-import and mid-rollover on this engine. */
    @Nested
    class ConnectionDropsOnThisEngine extends ConnectionDropContract {
        @Override
        protected DataSource emptyDatabase() {
            freshStorage();
            return dataSource;
        }

        @Override
        protected RegistryStorage storageOn(DataSource source) {
            return JdbcStorage.builder(source).dialect(storage.dialect()).build();
        }
    }

    /** The races of eight schools, of two deciders and of two registries on this engine. */
    @Nested
    class RacesOnThisEngine extends ConcurrencyContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }

        @Override
        protected RegistryStorage otherStorage() {
            return JdbcStorage.builder(new DriverManagerDataSource(database.settings()))
                    .dialect(storage.dialect()).build();
        }
    }

    /** A school year and a transfer walked through the registry on this engine. */
    @Nested
    class SchoolYearOnThisEngine extends SchoolYearContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** SQL-looking and other hostile text stored and read back verbatim on this engine. */
    @Nested
    class HostileTextOnThisEngine extends HostileTextContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The student store contract on this engine. */
    @Nested
    class StudentsOnThisEngine extends StudentStoreContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The calendar store contract on this engine. */
    @Nested
    class CalendarOnThisEngine extends CalendarStoreContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The photo store contract on this engine. */
    @Nested
    class PhotosOnThisEngine extends PhotoStoreContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The problem store contract on this engine. */
    @Nested
    class ProblemsOnThisEngine extends ProblemStoreContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The event feed contract on this engine. */
    @Nested
    class EventFeedOnThisEngine extends EventFeedContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The registry number history contract on this engine. */
    @Nested
    class RegistryNumberHistoryOnThisEngine extends RegistryNumberHistoryContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The student record store contract on this engine. */
    @Nested
    class RecordsOnThisEngine extends StudentRecordStoreContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The change-case store contract on this engine. */
    @Nested
    class ChangeCasesOnThisEngine extends ChangeCaseStoreContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The history store contract on this engine. */
    @Nested
    class HistoryOnThisEngine extends HistoryStoreContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The open-cases contract on this engine. */
    @Nested
    class OpenChangeCasesOnThisEngine extends OpenCasesContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The graduation case store contract on this engine. */
    @Nested
    class GraduationsOnThisEngine extends GraduationCaseStoreContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The rollover progress contract on this engine. */
    @Nested
    class RolloversOnThisEngine extends RolloverProgressContract {
        @Override
        protected RegistryStorage storage() {
            return freshStorage();
        }
    }

    /** The sequence contract on this engine, over the suite's migrated database. */
    @Nested
    class NumberSequenceOnThisEngine extends NumberSequenceContract {

        @Override
        protected long next(String prefix) {
            return storage.numberSequence().next(prefix);
        }

        @Override
        protected long[] next(String prefix, int count) {
            return storage.numberSequence().next(prefix, count);
        }

        @Override
        protected <T> T inTransaction(Supplier<T> work) {
            return storage.transactions().inTransaction(work);
        }
    }

    /**
     * Empties the registry's tables, keeping the counters and the calendar's one row, which it
     * returns to no state, and opens a new storage on them.
     */
    private JdbcStorage freshStorage() {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : TABLES) {
                String sql = "academic_calendar".equals(table)
                        ? "UPDATE academic_calendar SET state_digest = 'empty',"
                                + " current_year = NULL, rollover_started_on = NULL, policy = NULL"
                        : "DELETE FROM " + table;
                if (!"number_sequence".equals(table)) {
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the tables", e);
        }
        return JdbcStorage.builder(dataSource).dialect(storage.dialect()).build();
    }

    /** Counts the statements a batch takes on fresh storage, the school set up beforehand. */
    private int statementsOfOneBatch(List<NewStudentForm> forms) {
        freshStorage();
        FaultInjectingDataSource counting = FaultInjectingDataSource.wrap(dataSource);
        Registry registry = MainJob.registry(
                JdbcStorage.builder(counting).dialect(storage.dialect()).build());
        Actor school = MainJob.setUp(registry);
        int before = counting.statementCount();
        registry.enrollment().enrollAll(school, MainJob.SCHOOL, Grade.of(1), forms);
        return counting.statementCount() - before;
    }

    private static <T> T await(Future<T> result) {
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other consumer failed", e);
        }
    }

    private ScratchDatabase trackedDatabase() throws SQLException {
        ScratchDatabase database = newDatabase();
        databases.add(database);
        return database;
    }

    private SqlDialect sql() {
        return SqlDialect.of(storage.dialect());
    }

    private JdbcTransactions quickRetries(DataSource source, int attempts) {
        return JdbcStorage.builder(source)
                .dialect(storage.dialect())
                .retries(attempts, Duration.ofMillis(1), Duration.ofMillis(5))
                .build()
                .transactions();
    }

    private List<String> readInPagesOfTwo(String tag) throws SQLException {
        String select = "SELECT division_code, school_id FROM school WHERE name = ?";
        List<String> keys = List.of("division_code", "school_id");
        List<String> read = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> last = null;
            while (true) {
                String sql = last == null
                        ? sql().firstPage(select, keys) : sql().pageAfter(select, keys);
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, tag);
                    int next = last == null ? 2 : sql().bindAfter(statement, 2, last);
                    statement.setInt(next, 2);
                    List<String> page = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            last = List.of(rows.getString(1), rows.getString(2));
                            page.add(rows.getString(1) + "/" + rows.getString(2));
                        }
                    }
                    read.addAll(page);
                    if (page.size() < 2) {
                        return read;
                    }
                }
            }
        }
    }

    private static String newSchoolId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    private static List<Object> schoolRow(String division, String schoolId, String name) {
        return List.of(division, schoolId, name, "U1", "X1", "0551-63350000", "1", "220", "211",
                "63", 2, 1L);
    }

    private static int insertSchool(JdbcTransactions transactions, String schoolId) {
        String insert = "INSERT INTO school (" + String.join(", ", SCHOOL_COLUMNS)
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return transactions.withConnection("新增学校", "adding a school", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                bind(statement, schoolRow(COUNTY, schoolId, "合肥市第一小学").toArray());
                return statement.executeUpdate();
            }
        });
    }

    private long schoolCount(String... schoolIds) throws SQLException {
        long total = 0;
        for (String schoolId : schoolIds) {
            total += count("SELECT COUNT(*) FROM school WHERE school_id = ?", schoolId);
        }
        return total;
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters)
            throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static List<String> history(DataSource source, String table) throws SQLException {
        try (Connection connection = source.getConnection()) {
            String q = connection.getMetaData().getIdentifierQuoteString();
            String sql = "SELECT " + q + "version" + q + ", " + q + "checksum" + q + ", "
                    + q + "success" + q + " FROM " + q + table + q
                    + " ORDER BY " + q + "installed_rank" + q;
            List<String> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql);
                    ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1) + " " + row.getString(2) + " " + row.getBoolean(3));
                }
            }
            return rows;
        }
    }
}
