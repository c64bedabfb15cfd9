package org.xueji.registry.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.AttendanceMode;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.Disability;
import org.xueji.registry.code.EconomicAttribute;
import org.xueji.registry.code.Ethnicity;
import org.xueji.registry.code.HealthStatus;
import org.xueji.registry.code.HouseholdType;
import org.xueji.registry.code.InclusiveClass;
import org.xueji.registry.code.OverseasChineseStatus;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.code.SchoolOwnership;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.StudentSource;
import org.xueji.registry.code.UrbanRuralType;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegionalNumberPrefix;
import org.xueji.registry.identity.RegionalStudentNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.inmemory.InMemoryStorage;
import org.xueji.registry.organisation.AuthorityProfile;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.SchoolProfile;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

/**
 * A registry for graduation and rollover tests, in the school year 2025-2026: Baohe county with
 * a 六三制 primary school, a 五四制 primary school, a junior school and a senior school, and
 * Jinghu county with none; classes and students are written straight into the stores, with
 * ids that depend only on a number, so two fixtures built alike hold equal records.
 */
public final class SchoolYearFixture {

    /** The school year the registry starts in. */
    public static final AcademicYear YEAR = AcademicYear.of(2025);
    /** The school year the rollover moves into. */
    public static final AcademicYear NEXT = YEAR.next();
    /** Anhui. */
    public static final DivisionCode ANHUI = DivisionCode.parse("340000");
    /** Baohe county. */
    public static final DivisionCode BAOHE = DivisionCode.parse("340111");
    /** Jinghu county. */
    public static final DivisionCode JINGHU = DivisionCode.parse("340202");
    /** A 六三制 primary school of Baohe. */
    public static final SchoolIdentifier PRIMARY_63 = SchoolIdentifier.parse("2134000001");
    /** A 五四制 primary school of Baohe. */
    public static final SchoolIdentifier PRIMARY_54 = SchoolIdentifier.parse("2134000002");
    /** A junior school of Baohe. */
    public static final SchoolIdentifier JUNIOR = SchoolIdentifier.parse("3134000005");
    /** A senior school of Baohe. */
    public static final SchoolIdentifier SENIOR = SchoolIdentifier.parse("3434000007");

    public final MovableClock clock;
    public final InMemoryStorage memory = new InMemoryStorage();
    public final RegistryStorage storage;
    public final Registry registry;
    public final Actor province = Actor.administrator("province", Scope.of(ANHUI));
    public final Actor baohe = Actor.administrator("baohe", Scope.of(BAOHE));
    public final Actor jinghu = Actor.administrator("jinghu", Scope.of(JINGHU));
    public final Actor primary63;
    public final Actor primary54;
    public final Actor junior;
    public final Actor senior;

    /**
     * Builds the registry on plain in-memory storage, on 10 July 2026.
     */
    public SchoolYearFixture() {
        this(LocalDate.of(2026, 7, 10), UnaryOperator.identity());
    }

    /**
     * Builds the registry on the in-memory storage as a wrapper changes it, with the clock on a
     * day of the school year 2025-2026.
     */
    public SchoolYearFixture(LocalDate today, UnaryOperator<RegistryStorage> wrapper) {
        clock = new MovableClock(today);
        storage = wrapper.apply(memory);
        registry = Registry.builder().storage(storage).clock(clock).build();
        registry.calendar().current();
        var organisations = registry.organisations();
        organisations.createAuthority(province, UnitCode.parse("3401110001"), BAOHE,
                authority("包河区教育体育局"));
        organisations.createAuthority(province, UnitCode.parse("3402020001"), JINGHU,
                authority("镜湖区教育局"));
        UnitCode baoheUnit = UnitCode.parse("3401110001");
        primary63 = organisations.createSchool(province, PRIMARY_63, baoheUnit,
                school("包河区第一小学", SchoolCategory.PRIMARY_SCHOOL, SchoolSystem.SIX_THREE), 4)
                .administrator();
        primary54 = organisations.createSchool(province, PRIMARY_54, baoheUnit,
                school("包河区第二小学", SchoolCategory.PRIMARY_SCHOOL, SchoolSystem.FIVE_FOUR), 4)
                .administrator();
        junior = organisations.createSchool(province, JUNIOR, baoheUnit,
                school("包河区第一中学", SchoolCategory.JUNIOR_SECONDARY_SCHOOL,
                        SchoolSystem.SIX_THREE), 4).administrator();
        senior = organisations.createSchool(province, SENIOR, baoheUnit,
                school("包河区高级中学", SchoolCategory.SENIOR_SECONDARY_SCHOOL,
                        SchoolSystem.SIX_THREE), 4).administrator();
    }

    /**
     * Writes a class of a school in a grade of 2025-2026 into the class store.
     */
    public SchoolClass schoolClass(SchoolIdentifier school, SchoolSystem system, int grade,
            int number) {
        SchoolStage stage = system.stageOf(grade);
        ClassType type = stage == SchoolStage.PRIMARY ? ClassType.PRIMARY_ORDINARY
                : stage == SchoolStage.JUNIOR ? ClassType.JUNIOR_ORDINARY
                : ClassType.SENIOR_ORDINARY;
        SchoolClass schoolClass = SchoolClass.of(
                ClassId.of(school, Grade.of(grade).cohortIn(YEAR), number),
                ClassProfile.builder().name(grade + "年级" + number + "班").headTeacher("王老师")
                        .founded(YearMonth.of(2025, 9)).schoolSystem(system).classType(type)
                        .build(), 0);
        memory.classes().insert(schoolClass);
        return schoolClass;
    }

    /**
     * Writes a student, numbered uniquely by {@code n}, into a class in a status; a graduated
     * student gets the kind 毕业.
     */
    public Student student(int n, SchoolClass schoolClass, RegistrationStatus status) {
        Student student = build(n, schoolClass, status).build();
        memory.students().insert(student);
        return student;
    }

    /**
     * Starts a student numbered uniquely by {@code n} in a class, for a test to change.
     */
    public Student.Builder build(int n, SchoolClass schoolClass, RegistrationStatus status) {
        LocalDate birthDate = LocalDate.of(2008, 1, 1).plusDays(n / 400);
        Sex sex = n % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        IdentityNumber identity = IdentityNumber.parse(identityNumber(birthDate, sex, n % 400));
        Scope place = memory.schools().find(schoolClass.school()).orElseThrow().scope();
        Student.Builder builder = Student.builder().id(StudentId.of(new UUID(42, n)))
                .key(StudentKey.ofIdentityNumber(identity))
                .details(details("学生" + n, sex, birthDate))
                .registryNumber(RegistryNumber.of(identity))
                .regionalNumber(RegionalStudentNumber.of(
                        RegionalNumberPrefix.of("3401112501", 6), n + 1))
                .place(place).classId(schoolClass.id()).status(status);
        if (status == RegistrationStatus.GRADUATED) {
            builder.graduation(GraduationKind.GRADUATED);
        }
        return builder;
    }

    /**
     * Returns the stored student.
     */
    public Student stored(StudentId id) {
        return memory.students().find(id).orElseThrow();
    }

    private static String identityNumber(LocalDate birthDate, Sex sex, int sequence) {
        int seq = sequence * 2 + (sex == Sex.MALE ? 1 : 0);
        String body = "340111" + birthDate.toString().replace("-", "")
                + String.format("%03d", seq % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static StudentDetails details(String name, Sex sex, LocalDate birthDate) {
        return new StudentDetails(name, sex, birthDate, "安徽合肥", "安徽合肥", Ethnicity.HAN,
                "中国", OverseasChineseStatus.NONE, HealthStatus.HEALTHY, "安徽合肥",
                HouseholdType.AGRICULTURAL, YearMonth.of(2015, 9), AttendanceMode.DAY_STUDENT,
                StudentSource.REGULAR_ENTRY, "安徽省合肥市", "0551-1234567", false, false, false,
                Disability.NONE, InclusiveClass.NOT_INCLUSIVE);
    }

    private static AuthorityProfile authority(String name) {
        return AuthorityProfile.builder().name(name).address("安徽省某路1号")
                .regionCategory("城市").economicAttribute(EconomicAttribute.NOT_POOR)
                .ethnicAttribute("非民族自治地方").phone("0551-62830000").build();
    }

    private static SchoolProfile school(String name, SchoolCategory category,
            SchoolSystem system) {
        return SchoolProfile.builder().name(name).schoolCode(UnitCode.parse("X" + name.length()))
                .phone("0551-63350000").ownership(SchoolOwnership.PUBLIC)
                .urbanRuralType(UrbanRuralType.VILLAGE).category(category)
                .schoolSystem(system).districtCode("012").build();
    }

    /**
     * A clock at ten in the morning, Shanghai time, of a day the test sets.
     */
    public static final class MovableClock extends Clock {
        private volatile Instant instant;

        MovableClock(LocalDate day) {
            setDay(day);
        }

        /** Moves the clock to ten in the morning of a day. */
        public void setDay(LocalDate day) {
            instant = day.atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant, zone);
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
