package org.xueji.benchmarks.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.EconomicAttribute;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.code.SchoolOwnership;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.UrbanRuralType;
import org.xueji.registry.enrollment.BatchResult;
import org.xueji.registry.enrollment.FormField;
import org.xueji.registry.enrollment.NewStudentForm;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegionalNumberPrefix;
import org.xueji.registry.identity.RegionalStudentNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.inmemory.InMemoryStorage;
import org.xueji.registry.organisation.AuthorityProfile;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.SchoolProfile;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.spi.StudentStore;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

/**
 * The registry the enrollment benchmark writes to: Baohe county's bureau and four primary
 * schools, each with sixty grade-1 classes for the 2026 intake, on in-memory storage, on a clock
 * fixed inside the collection window; and a number of students already registered in older
 * cohorts of those schools.
 *
 * <p>The registered students are written straight through the {@link StudentStore} port, not
 * through the use case: a million collections, submissions and approvals would take longer than
 * the measurement itself, and what the benchmark measures is how a batch's checks grow with the
 * students already stored, not how they got there. They are built from one student that the use
 * case collected, so every record has the shape the use case writes.
 */
final class EnrollmentWorld {

    /** The forms of one measured batch. */
    static final int BATCH = 10_000;
    /** The schools a batch is spread over; a primary school cannot take 10,000 first-graders. */
    static final int SCHOOLS = 4;

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate INTAKE_DAY = LocalDate.of(2026, 9, 10);
    private static final DivisionCode ANHUI = DivisionCode.parse("340000");
    private static final DivisionCode BAOHE = DivisionCode.parse("340111");
    private static final UnitCode BUREAU = UnitCode.parse("3401110001");
    private static final int CLASSES = 60;
    private static final LocalDate FIRST_ENTRY_BIRTH = LocalDate.of(2019, 9, 1);
    private static final String[] REGISTERED_COUNTIES = {"340102", "340103", "340104", "340181"};
    private static final LocalDate FIRST_REGISTERED_BIRTH = LocalDate.of(2008, 9, 1);
    private static final int REGISTERED_DAYS = 4_383;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵"};
    private static final String GIVEN = "明华伟芳娜敏静丽强磊军洋勇艳杰娟涛超秀霞平刚桂英";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private final Registry registry;
    private final InMemoryStorage storage = new InMemoryStorage();
    private final List<SchoolIdentifier> schools = new ArrayList<>();
    private final List<Actor> administrators = new ArrayList<>();

    private EnrollmentWorld() {
        Clock clock = Clock.fixed(INTAKE_DAY.atTime(10, 0).atZone(SHANGHAI).toInstant(),
                SHANGHAI);
        registry = Registry.builder().storage(storage).clock(clock).build();
        Actor province = Actor.administrator("province-admin", Scope.of(ANHUI));
        registry.organisations().createAuthority(province, BUREAU, BAOHE, bureauProfile());
        for (int s = 1; s <= SCHOOLS; s++) {
            SchoolIdentifier school = SchoolIdentifier.parse("213400000" + s);
            Actor administrator = registry.organisations()
                    .createSchool(province, school, BUREAU, schoolProfile(s), CLASSES)
                    .administrator();
            for (int c = 1; c <= CLASSES; c++) {
                registry.organisations().createClass(administrator, school, Grade.of(1),
                        classProfile(c));
            }
            schools.add(school);
            administrators.add(administrator);
        }
    }

    /**
     * Builds the registry with students already registered.
     *
     * @param registered  how many students the registry holds before the batch
     * @return the registry, not null
     */
    static EnrollmentWorld withRegistered(int registered) {
        EnrollmentWorld world = new EnrollmentWorld();
        world.register(registered);
        return world;
    }

    /**
     * Returns the forms of one batch for each school: valid grade-1 forms, and three in a hundred
     * refused, one for each of a wrong check character, a child already registered and a child
     * too young.
     *
     * @param registered  how many students are registered, so that a refused form can repeat one
     * @return the forms of each school, in school order, not null
     */
    static List<List<NewStudentForm>> batch(int registered) {
        List<List<NewStudentForm>> batches = new ArrayList<>();
        int perSchool = BATCH / SCHOOLS;
        for (int s = 0; s < SCHOOLS; s++) {
            List<NewStudentForm> forms = new ArrayList<>(perSchool);
            for (int i = s * perSchool; i < (s + 1) * perSchool; i++) {
                forms.add(form(i, registered));
            }
            batches.add(forms);
        }
        return batches;
    }

    /**
     * Returns how many forms of a batch the registry must accept: all but the refused three in a
     * hundred (two when nobody is registered to repeat).
     *
     * @param registered  how many students are registered
     * @return the number of forms to accept
     */
    static int expectedAccepted(int registered) {
        int refusedPerHundred = registered > 0 ? 3 : 2;
        return BATCH - BATCH / 100 * refusedPerHundred;
    }

    /**
     * Enrolls one batch, school by school.
     *
     * @param batches  the forms of each school, from {@link #batch(int)}, not null
     * @return how many forms were accepted
     */
    int enroll(List<List<NewStudentForm>> batches) {
        int accepted = 0;
        for (int s = 0; s < SCHOOLS; s++) {
            BatchResult result = registry.enrollment().enrollAll(administrators.get(s),
                    schools.get(s), Grade.of(1), batches.get(s));
            accepted += result.accepted().size();
        }
        return accepted;
    }

    private void register(int registered) {
        NewStudentForm first = form(0, 0).toBuilder().name("模板学生")
                .set(FormField.IDENTITY_NUMBER, number(BAOHE.value(), FIRST_ENTRY_BIRTH, 501))
                .build();
        Student template = registry.enrollment().enroll(administrators.get(0),
                schools.get(0), Grade.of(1), first).accepted().orElseThrow();
        StudentStore students = storage.students();
        RegionalNumberPrefix prefix = RegionalNumberPrefix.of("9", 9);
        for (int i = 0; i < registered; i++) {
            students.insert(registeredStudent(template, i, prefix));
        }
    }

    private static Student registeredStudent(Student template, int i,
            RegionalNumberPrefix prefix) {
        IdentityNumber number = IdentityNumber.parse(registeredNumber(i));
        SchoolIdentifier school = template.school();
        ClassId classId = ClassId.of(school, AcademicYear.of(2020 + i % 6), 1 + i / 6 % 99);
        return template.toBuilder()
                .id(StudentId.random())
                .key(StudentKey.ofIdentityNumber(number))
                .details(details(template.details(), name(i), number.sex(), number.birthDate()))
                .identityDocument(IdentityDocument.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        number.value()))
                .registryNumber(RegistryNumber.of(number))
                .regionalNumber(RegionalStudentNumber.of(prefix, i + 1))
                .classId(classId)
                .status(RegistrationStatus.REGISTERED)
                .version(0)
                .build();
    }

    private static StudentDetails details(StudentDetails t, String name, Sex sex,
            LocalDate birthDate) {
        return new StudentDetails(name, sex, birthDate, t.birthplace(), t.nativePlace(),
                t.ethnicity(), t.nationality(), t.overseasStatus(), t.health(),
                t.householdPlace(), t.householdType(), t.entryMonth(), t.attendanceMode(),
                t.source(), t.address(), t.phone(), t.onlyChild(), t.leftBehind(), t.migrant(),
                t.disability(), t.inclusiveClass());
    }

    /** Returns the identity number of the i-th registered student, outside Baohe county. */
    private static String registeredNumber(int i) {
        String county = REGISTERED_COUNTIES[i % REGISTERED_COUNTIES.length];
        int rest = i / REGISTERED_COUNTIES.length;
        LocalDate birth = FIRST_REGISTERED_BIRTH.plusDays(rest % REGISTERED_DAYS);
        return number(county, birth, rest / REGISTERED_DAYS);
    }

    private static NewStudentForm form(int i, int registered) {
        Sex sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        LocalDate birth = FIRST_ENTRY_BIRTH.plusDays(i / 2 % 365);
        String identity = number(BAOHE.value(), birth, (i / 730) * 2 + (sex == Sex.MALE ? 1 : 0));
        if (i % 100 == 10) {
            identity = identity.substring(0, 17) + (identity.charAt(17) == '1' ? '2' : '1');
        } else if (i % 100 == 40 && registered > 0) {
            IdentityNumber taken = IdentityNumber.parse(registeredNumber(i * 7919 % registered));
            identity = taken.value();
            birth = taken.birthDate();
            sex = taken.sex();
        } else if (i % 100 == 70) {
            birth = birth.plusYears(1);
            identity = number(BAOHE.value(), birth, 999 - (sex == Sex.MALE ? 0 : 1));
        }
        int school = i / (BATCH / SCHOOLS);
        int classNumber = 1 + (i - school * (BATCH / SCHOOLS)) % CLASSES;
        return NewStudentForm.builder()
                .name(name(i)).sex(sex).birthDate(birth)
                .identityDocument(IdentityDocumentType.RESIDENT_IDENTITY_CARD, identity)
                .firstGuardian("家长" + name(i), "父亲", null, null)
                .set(FormField.NATIONALITY, "中国").set(FormField.ETHNICITY, "汉族")
                .set(FormField.OVERSEAS_STATUS, "否").set(FormField.HEALTH, "健康")
                .set(FormField.HOUSEHOLD_TYPE, "居民户口")
                .set(FormField.ATTENDANCE_MODE, "走读").set(FormField.SOURCE, "正常入学")
                .set(FormField.DISABILITY, "无残疾").set(FormField.INCLUSIVE_CLASS, "非随班就读")
                .schoolClass(className(classNumber))
                .build();
    }

    private static String name(int i) {
        int given = GIVEN.length();
        return SURNAMES[i % SURNAMES.length] + GIVEN.charAt(i / SURNAMES.length % given)
                + GIVEN.charAt(i / SURNAMES.length / given % given);
    }

    /** Returns a valid identity number of a county, birth date and three-digit sequence. */
    private static String number(String county, LocalDate birth, int sequence) {
        String body = county + birth.toString().replace("-", "")
                + String.format("%03d", sequence % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static String className(int number) {
        return "一（" + number + "）班";
    }

    private static AuthorityProfile bureauProfile() {
        return AuthorityProfile.builder().name("包河区教育体育局").address("合肥市包河区")
                .regionCategory("城市").economicAttribute(EconomicAttribute.NOT_POOR)
                .ethnicAttribute("非民族自治地方").phone("0551-62830000").build();
    }

    private static SchoolProfile schoolProfile(int number) {
        return SchoolProfile.builder().name("包河区第" + number + "小学")
                .schoolCode(UnitCode.parse("BH00" + number))
                .phone("0551-63350000").ownership(SchoolOwnership.PUBLIC)
                .urbanRuralType(UrbanRuralType.MAIN_URBAN_AREA)
                .category(SchoolCategory.PRIMARY_SCHOOL)
                .schoolSystem(SchoolSystem.SIX_THREE).districtCode("00" + number).build();
    }

    private static ClassProfile classProfile(int number) {
        return ClassProfile.builder().name(className(number)).headTeacher("王老师")
                .founded(YearMonth.of(2026, 9)).schoolSystem(SchoolSystem.SIX_THREE)
                .classType(ClassType.PRIMARY_ORDINARY).build();
    }
}
