package org.xueji.registry.excel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
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
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

/**
 * A registry for the records and graduate-list imports, in the school year 2025-2026 on a clock
 * fixed at ten in the morning (Shanghai) of a day the test picks: Baohe county with a junior
 * school and a senior school; classes and students are written straight into the stores, as the
 * core's school-year fixture does.
 */
final class SchoolYearImportFixture {

    static final AcademicYear YEAR = AcademicYear.of(2025);
    static final DivisionCode ANHUI = DivisionCode.parse("340000");
    static final DivisionCode BAOHE = DivisionCode.parse("340111");
    static final SchoolIdentifier JUNIOR = SchoolIdentifier.parse("3134000005");
    static final SchoolIdentifier SENIOR = SchoolIdentifier.parse("3434000007");

    final InMemoryStorage memory = new InMemoryStorage();
    final Registry registry;
    final Actor province = Actor.administrator("province", Scope.of(ANHUI));
    final Actor junior;
    final Actor senior;

    /** Builds the registry on 10 July 2026, inside the graduation window. */
    SchoolYearImportFixture() {
        this(LocalDate.of(2026, 7, 10));
    }

    /** Builds the registry with the clock fixed on a day of the school year 2025-2026. */
    SchoolYearImportFixture(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(10, 0).toInstant(ZoneOffset.ofHours(8)),
                ZoneId.of("Asia/Shanghai"));
        registry = Registry.builder().storage(memory).clock(clock).build();
        registry.calendar().current();
        var organisations = registry.organisations();
        UnitCode baoheUnit = UnitCode.parse("3401110001");
        organisations.createAuthority(province, baoheUnit, BAOHE,
                AuthorityProfile.builder().name("包河区教育体育局").address("安徽省某路1号")
                        .regionCategory("城市").economicAttribute(EconomicAttribute.NOT_POOR)
                        .ethnicAttribute("非民族自治地方").phone("0551-62830000").build());
        junior = organisations.createSchool(province, JUNIOR, baoheUnit,
                school("包河区第一中学", SchoolCategory.JUNIOR_SECONDARY_SCHOOL), 4)
                .administrator();
        senior = organisations.createSchool(province, SENIOR, baoheUnit,
                school("包河区高级中学", SchoolCategory.SENIOR_SECONDARY_SCHOOL), 4)
                .administrator();
    }

    /** Writes a 六三制 class of a school in a grade of 2025-2026 into the class store. */
    SchoolClass schoolClass(SchoolIdentifier school, int grade) {
        SchoolStage stage = SchoolSystem.SIX_THREE.stageOf(grade);
        ClassType type = stage == SchoolStage.JUNIOR ? ClassType.JUNIOR_ORDINARY
                : ClassType.SENIOR_ORDINARY;
        SchoolClass schoolClass = SchoolClass.of(
                ClassId.of(school, Grade.of(grade).cohortIn(YEAR), 1),
                ClassProfile.builder().name(grade + "年级1班").headTeacher("王老师")
                        .founded(YearMonth.of(2025, 9)).schoolSystem(SchoolSystem.SIX_THREE)
                        .classType(type).build(), 0);
        memory.classes().insert(schoolClass);
        return schoolClass;
    }

    /** Writes a registered student named 学生n, numbered uniquely by n, into a class. */
    Student student(int n, SchoolClass schoolClass) {
        LocalDate birthDate = LocalDate.of(2008, 1, 1).plusDays(n / 400);
        Sex sex = n % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        IdentityNumber identity = IdentityNumber.parse(ImportFixture.identityNumber(birthDate,
                sex, n % 400));
        Scope place = memory.schools().find(schoolClass.school()).orElseThrow().scope();
        Student student = Student.builder().id(StudentId.of(new UUID(42, n)))
                .key(StudentKey.ofIdentityNumber(identity))
                .details(new StudentDetails("学生" + n, sex, birthDate, "安徽合肥", "安徽合肥",
                        Ethnicity.HAN, "中国", OverseasChineseStatus.NONE, HealthStatus.HEALTHY,
                        "安徽合肥", HouseholdType.AGRICULTURAL, YearMonth.of(2015, 9),
                        AttendanceMode.DAY_STUDENT, StudentSource.REGULAR_ENTRY, "安徽省合肥市",
                        "0551-1234567", false, false, false, Disability.NONE,
                        InclusiveClass.NOT_INCLUSIVE))
                .registryNumber(RegistryNumber.of(identity))
                .regionalNumber(RegionalStudentNumber.of(
                        RegionalNumberPrefix.of("3401112501", 6), n + 1))
                .place(place).classId(schoolClass.id()).status(RegistrationStatus.REGISTERED)
                .build();
        memory.students().insert(student);
        return student;
    }

    /** Returns the stored student. */
    Student stored(StudentId id) {
        return memory.students().find(id).orElseThrow();
    }

    private static SchoolProfile school(String name, SchoolCategory category) {
        return SchoolProfile.builder().name(name).schoolCode(UnitCode.parse("X" + name.length()))
                .phone("0551-63350000").ownership(SchoolOwnership.PUBLIC)
                .urbanRuralType(UrbanRuralType.VILLAGE).category(category)
                .schoolSystem(SchoolSystem.SIX_THREE).districtCode("012").build();
    }
}
