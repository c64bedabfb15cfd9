package org.xueji.registry.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.calendar.RolloverReport;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.EconomicAttribute;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.code.SchoolOwnership;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.UrbanRuralType;
import org.xueji.registry.enrollment.BatchResult;
import org.xueji.registry.enrollment.FormField;
import org.xueji.registry.enrollment.NewStudentForm;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.jdbc.JdbcStorage;
import org.xueji.registry.organisation.AuthorityProfile;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.SchoolProfile;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.student.Student;

/**
 * Registration and the 1 August rollover on PostgreSQL, each against a baseline measured in the
 * same run on the same server, in scratch schemas dropped afterwards.
 *
 * <ol>
 *   <li><b>Registration, full use case</b> (schema one): grade-1 forms through
 *       {@code Enrollment.enrollAll}, one batch per school of 99 classes filled to Anhui's cap
 *       of 45, rules, numbers, audit entries and events included; forms per second. Each
 *       school has its own district code, so its own regional-number prefix per sex, whose
 *       four-digit serials hold 9,999 students; the default of 18,000 forms only keeps the run
 *       short.
 *   <li><b>Registration, the store's bulk write</b> (schema two): N students through
 *       {@code StudentStore.insertAll} in chunks of 500 (the chunk size of
 *       {@code Enrollment}; {@code --chunk} changes it), each chunk one transaction; rows per
 *       second, generating the students not counted. Baseline: the student rows as the adapter
 *       stored them, exported with {@code COPY TO}, then loaded with {@code COPY FROM STDIN}
 *       into an empty copy of the table with the same indexes (the physical limit). The adapter
 *       also writes the four key tables, which the baseline does not; a second baseline loads
 *       those too, with {@code COPY} into empty copies of all five tables.
 *   <li><b>Rollover</b> (schema two, the same students): {@code SchoolCalendar.rollover} into
 *       2027-2028, against one bare {@code UPDATE ... SET grade = grade + 1} over a copy of the
 *       table with a grade column added, vacuumed and analysed before; ratio of times. The peak
 *       heap of the rollover is the sum of the heap pools' peak usage, reset after a full GC
 *       just before it (an upper bound: garbage not yet collected counts).
 * </ol>
 *
 * <p>Usage: {@code PostgresBulkBenchmark [--students N] [--use-case-students M] [--chunk C]
 * [--url URL] [--user USER] [--password PASSWORD]}; defaults 1,000,000 and 18,000 students,
 * chunks of 500, and the URL of
 * {@code XUEJI_BENCH_POSTGRES_URL} or {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * {@code postgres}.
 */
public final class PostgresBulkBenchmark {

    private static final int USE_CASE_CLASSES = 99;
    private static final int CLASS_CAP = 45;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DivisionCode ANHUI = DivisionCode.parse("340000");
    private static final UnitCode BUREAU = UnitCode.parse("3401110001");

    private PostgresBulkBenchmark() {
    }

    /**
     * Runs the three measurements and prints them with their ratios.
     *
     * @param args  the options above
     * @throws Exception if the database or a temporary file fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        String url = options.getOrDefault("--url", System.getenv().getOrDefault(
                "XUEJI_BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
        String user = options.getOrDefault("--user", "postgres");
        String password = options.getOrDefault("--password", "");
        long students = Long.parseLong(options.getOrDefault("--students", "1000000"));
        int useCase = Integer.parseInt(options.getOrDefault("--use-case-students", "18000"));
        int chunk = Integer.parseInt(options.getOrDefault("--chunk", "500"));
        Database database = new Database(url, user, password);
        System.out.printf("PostgreSQL %s, %,d students, %,d through the use case, %d CPUs%n",
                url, students, useCase, Runtime.getRuntime().availableProcessors());

        if (useCase > 0) {
            String schema = database.createSchema();
            try (HikariDataSource pool = database.pool(schema)) {
                useCase(pool, useCase);
            } finally {
                database.dropSchema(schema);
            }
        }
        String schema = database.createSchema();
        try (HikariDataSource pool = database.pool(schema)) {
            MovableClock clock = new MovableClock(LocalDate.of(2026, 9, 10));
            JdbcStorage storage = JdbcStorage.create(pool);
            storage.migrate();
            Registry registry = registry(storage, clock);
            double adapterRate = storeLevel(storage, registry, students, chunk);
            double copyRate = copyBaseline(database, schema, List.of("student"));
            double schemaRate = copyBaseline(database, schema, List.of("student_key",
                    "student_registry_number", "student_regional_number", "student_locator",
                    "student"));
            System.out.printf("%nRegistration: adapter %,.0f rows/s, COPY %,.0f rows/s,"
                    + " ratio %.2f (target at least 0.50)%n", adapterRate, copyRate,
                    adapterRate / copyRate);
            System.out.printf("Against COPY into the student table and its four key tables:"
                    + " %,.0f students/s, ratio %.2f%n", schemaRate, adapterRate / schemaRate);
            double bare = bareUpdate(database, schema);
            clock.setDay(LocalDate.of(2027, 8, 1));
            rollover(registry, bare);
        } finally {
            database.dropSchema(schema);
        }
    }

    private static void useCase(HikariDataSource pool, int count) {
        MovableClock clock = new MovableClock(LocalDate.of(2026, 9, 10));
        JdbcStorage storage = JdbcStorage.create(pool);
        storage.migrate();
        Registry registry = registry(storage, clock);
        Actor province = Actor.administrator("province", Scope.of(ANHUI));
        int perSchool = USE_CASE_CLASSES * CLASS_CAP;
        int schools = (count + perSchool - 1) / perSchool;
        long nanos = 0;
        long accepted = 0;
        for (int s = 0; s < schools; s++) {
            SchoolIdentifier school = SchoolIdentifier.parse(String.format("2134%06d", s + 1));
            Actor administrator = createSchool(registry, province, school, s,
                    SchoolCategory.PRIMARY_SCHOOL, USE_CASE_CLASSES);
            for (int c = 1; c <= USE_CASE_CLASSES; c++) {
                registry.organisations().createClass(administrator, school, Grade.of(1),
                        classProfile("一年级(" + c + ")班", ClassType.PRIMARY_ORDINARY));
            }
            List<NewStudentForm> forms = new ArrayList<>();
            for (int i = 0; i < Math.min(perSchool, count - s * perSchool); i++) {
                forms.add(form(s * perSchool + i, 1 + i % USE_CASE_CLASSES));
            }
            long start = System.nanoTime();
            BatchResult result = registry.enrollment().enrollAll(administrator, school,
                    Grade.of(1), forms);
            nanos += System.nanoTime() - start;
            accepted += result.accepted().size();
            if (!result.refused().isEmpty()) {
                throw new IllegalStateException("forms refused: " + result.refused().get(0));
            }
        }
        System.out.printf("Use case: %,d forms accepted in batches of up to %,d in %.1f s,"
                + " %,.0f forms/s%n", accepted, perSchool, nanos / 1e9, accepted * 1e9 / nanos);
    }

    private static double storeLevel(JdbcStorage storage, Registry registry, long count,
            int chunkSize) {
        Actor province = Actor.administrator("province", Scope.of(ANHUI));
        int schools = (int) ((count + BulkPopulation.PER_SCHOOL - 1) / BulkPopulation.PER_SCHOOL);
        for (int s = 0; s < schools; s++) {
            createSchool(registry, province, BulkPopulation.school(s), s,
                    SchoolCategory.TWELVE_YEAR_SCHOOL, BulkPopulation.CLASSES_PER_GRADE);
            SchoolIdentifier school = BulkPopulation.school(s);
            storage.unitOfWork().inTransaction(() -> {
                for (int grade = 1; grade <= 12; grade++) {
                    for (int c = 1; c <= BulkPopulation.CLASSES_PER_GRADE; c++) {
                        storage.classes().insert(schoolClass(school, grade, c));
                    }
                }
                return null;
            });
        }
        BulkPopulation population = new BulkPopulation();
        long nanos = 0;
        for (long from = 0; from < count; from += chunkSize) {
            List<Student> chunk = population.students(from, Math.min(count, from + chunkSize));
            long start = System.nanoTime();
            storage.students().insertAll(chunk);
            nanos += System.nanoTime() - start;
        }
        double rate = count * 1e9 / nanos;
        System.out.printf("Store-level bulk write: %,d students in chunks of %d in %.1f s,"
                + " %,.0f rows/s%n", count, chunkSize, nanos / 1e9, rate);
        return rate;
    }

    /**
     * Exports the tables as the adapter filled them, then times loading them with
     * {@code COPY FROM STDIN} into empty copies with the same indexes, one after the other, and
     * returns the students (rows of the last table) per second.
     */
    private static double copyBaseline(Database database, String schema, List<String> tables)
            throws Exception {
        List<Path> files = new ArrayList<>();
        try (Connection connection = database.connect(schema)) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            long bytes = 0;
            for (String table : tables) {
                Path csv = Files.createTempFile("xueji-" + table, ".csv");
                files.add(csv);
                try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                    pg.getCopyAPI().copyOut("COPY " + table + " TO STDOUT WITH (FORMAT csv)",
                            out);
                }
                bytes += Files.size(csv);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE " + table + "_copy (LIKE " + table
                            + " INCLUDING ALL)");
                }
            }
            long rows = 0;
            long start = System.nanoTime();
            List<String> each = new ArrayList<>();
            for (int i = 0; i < tables.size(); i++) {
                long tableStart = System.nanoTime();
                try (BufferedReader in = Files.newBufferedReader(files.get(i),
                        StandardCharsets.UTF_8)) {
                    rows = pg.getCopyAPI().copyIn("COPY " + tables.get(i)
                            + "_copy FROM STDIN WITH (FORMAT csv)", in);
                }
                each.add(String.format("%s %.1f s", tables.get(i),
                        (System.nanoTime() - tableStart) / 1e9));
            }
            long nanos = System.nanoTime() - start;
            if (tables.size() > 1) {
                System.out.printf("  per table: %s%n", String.join(", ", each));
            }
            double rate = rows * 1e9 / nanos;
            System.out.printf("Baseline COPY of the same %,d rows of %s (%,d bytes of CSV) into"
                    + " empty copies: %.1f s, %,.0f rows/s%n", rows, String.join(", ", tables),
                    bytes, nanos / 1e9, rate);
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    statement.execute("DROP TABLE " + table + "_copy");
                }
            }
            return rate;
        } finally {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static double bareUpdate(Database database, String schema) throws SQLException {
        try (Connection connection = database.connect(schema);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE student_bare (LIKE student INCLUDING ALL,"
                    + " grade INTEGER)");
            statement.execute("INSERT INTO student_bare SELECT s.*, "
                    + BulkPopulation.YEAR.startYear() + " - s.cohort_year + 1 FROM student s");
            statement.execute("VACUUM ANALYZE student_bare");
            long start = System.nanoTime();
            int rows = statement.executeUpdate("UPDATE student_bare SET grade = grade + 1");
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%nBaseline: one bare UPDATE ... SET grade = grade + 1 of %,d rows:"
                    + " %.1f s%n", rows, seconds);
            statement.execute("DROP TABLE student_bare");
            return seconds;
        }
    }

    private static void rollover(Registry registry, double bareSeconds) {
        Actor province = Actor.administrator("province", Scope.of(ANHUI));
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        RolloverReport report = registry.calendar().rollover(province, AcademicYear.of(2027));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("Rollover into 2027-2028: %s, %,d students in school, %,d promoted,"
                + " %,d entries (kept back or listed), %.1f s%n", report.outcome(),
                report.expected(), report.promoted(), report.entries().size(), seconds);
        System.out.printf("Rollover / bare UPDATE: %.2f of the time (target at most 2)%n",
                seconds / bareSeconds);
        System.out.printf("Peak heap during the rollover: %.0f MB (max heap %.0f MB)%n",
                peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private static Registry registry(JdbcStorage storage, Clock clock) {
        Registry registry = Registry.builder().storage(storage).policy(RegistryPolicy.anhui())
                .clock(clock).build();
        if (storage.authorities().find(BUREAU).isEmpty()) {
            registry.organisations().createAuthority(
                    Actor.administrator("province", Scope.of(ANHUI)), BUREAU,
                    BulkPopulation.COUNTY, AuthorityProfile.builder().name("包河区教育体育局")
                            .address("安徽省某路1号").regionCategory("城市")
                            .economicAttribute(EconomicAttribute.NOT_POOR)
                            .ethnicAttribute("非民族自治地方").phone("0551-62830000").build());
        }
        registry.calendar().current();
        return registry;
    }

    private static Actor createSchool(Registry registry, Actor province,
            SchoolIdentifier school, int s, SchoolCategory category, int classesPerGrade) {
        return registry.organisations().createSchool(province, school, BUREAU,
                SchoolProfile.builder().name("包河区第" + (s + 1) + "学校")
                        .schoolCode(UnitCode.parse("X" + (s + 1))).phone("0551-63350000")
                        .ownership(SchoolOwnership.PUBLIC).urbanRuralType(UrbanRuralType.VILLAGE)
                        .category(category).schoolSystem(SchoolSystem.SIX_THREE)
                        .districtCode(String.format("%03d", s % 1000)).build(),
                classesPerGrade).administrator();
    }

    private static SchoolClass schoolClass(SchoolIdentifier school, int grade, int number) {
        SchoolStage stage = SchoolSystem.SIX_THREE.stageOf(grade);
        ClassType type = stage == SchoolStage.PRIMARY ? ClassType.PRIMARY_ORDINARY
                : stage == SchoolStage.JUNIOR ? ClassType.JUNIOR_ORDINARY
                        : ClassType.SENIOR_ORDINARY;
        return SchoolClass.of(ClassId.of(school, Grade.of(grade).cohortIn(BulkPopulation.YEAR),
                number), classProfile(grade + "年级(" + number + ")班", type), 0);
    }

    private static ClassProfile classProfile(String name, ClassType type) {
        return ClassProfile.builder().name(name).headTeacher("王老师")
                .founded(YearMonth.of(2026, 9)).schoolSystem(SchoolSystem.SIX_THREE)
                .classType(type).build();
    }

    /** A valid grade-1 form: born in the entry window, with an identity number and a class. */
    private static NewStudentForm form(int i, int classNumber) {
        LocalDate birthDate = LocalDate.of(2019, 9, 1).plusDays(i % 365);
        int serial = (i / 365) % 1000;
        String address = List.of("340102", "340103", "340104", "340111").get(i / 365_000);
        String number = identityNumber(address, birthDate, serial);
        Sex sex = (serial % 2 == 1) ? Sex.MALE : Sex.FEMALE;
        return NewStudentForm.builder().name("新生" + i).sex(sex).birthDate(birthDate)
                .identityDocument(IdentityDocumentType.RESIDENT_IDENTITY_CARD, number)
                .firstGuardian("家长" + i, "父亲", IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        identityNumber("340111", LocalDate.of(1990, 5, 1), 7))
                .set(FormField.NATIONALITY, "中国").set(FormField.ETHNICITY, "汉族")
                .set(FormField.OVERSEAS_STATUS, "否").set(FormField.HEALTH, "健康")
                .set(FormField.HOUSEHOLD_TYPE, "居民户口").set(FormField.ATTENDANCE_MODE, "走读")
                .set(FormField.SOURCE, "正常入学").set(FormField.DISABILITY, "无残疾")
                .set(FormField.INCLUSIVE_CLASS, "非随班就读")
                .schoolClass("一年级(" + classNumber + ")班").build();
    }

    private static String identityNumber(String address, LocalDate birthDate, int serial) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        String body = address + birthDate.toString().replace("-", "")
                + String.format("%03d", serial);
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** The server, and scratch schemas on it. */
    private static final class Database {
        private final String url;
        private final String user;
        private final String password;

        Database(String url, String user, String password) {
            this.url = url;
            this.user = user;
            this.password = password;
        }

        String createSchema() throws SQLException {
            String schema = "xueji_bench_" + UUID.randomUUID().toString().replace("-", "")
                    .substring(0, 12);
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            return schema;
        }

        void dropSchema(String schema) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }

        Connection connect(String schema) throws SQLException {
            Connection connection = DriverManager.getConnection(url, user, password);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET search_path TO " + schema);
            }
            return connection;
        }

        HikariDataSource pool(String schema) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
            config.setSchema(schema);
            config.setMaximumPoolSize(4);
            return new HikariDataSource(config);
        }
    }

    /** A clock the harness moves from the intake day to the rollover day. */
    private static final class MovableClock extends Clock {
        private final AtomicLong epochSecond = new AtomicLong();

        MovableClock(LocalDate day) {
            setDay(day);
        }

        void setDay(LocalDate day) {
            epochSecond.set(day.atTime(10, 0).toEpochSecond(ZoneOffset.ofHours(8)));
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the harness keeps Shanghai time");
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(epochSecond.get());
        }
    }
}
