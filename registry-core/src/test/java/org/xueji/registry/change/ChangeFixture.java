package org.xueji.registry.change;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.EconomicAttribute;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.code.SchoolOwnership;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.UrbanRuralType;
import org.xueji.registry.enrollment.FormField;
import org.xueji.registry.enrollment.NewStudentForm;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.RegionalStudentNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.inmemory.InMemoryStorage;
import org.xueji.registry.organisation.AuthorityProfile;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.SchoolProfile;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

/**
 * A registry for change tests, on a clock at 1 September 2025 (Shanghai) that tests move.
 *
 * <p>Hefei city (340100) has Baohe (340111) and Shushan (340104); Wuhu city (340200) has Jinghu
 * (340202). Baohe has two primary and two senior schools, Shushan and Jinghu one of each. Each
 * primary school has a grade-1 class, the first also a second grade-1 class, a grade-2 and a
 * grade-6 class; each senior school a grade-10 class, Baohe's first and Shushan's also a
 * grade-12 class.
 */
final class ChangeFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final DivisionCode ANHUI = DivisionCode.parse("340000");
    static final DivisionCode HEFEI = DivisionCode.parse("340100");
    static final DivisionCode WUHU = DivisionCode.parse("340200");
    static final DivisionCode BAOHE = DivisionCode.parse("340111");
    static final DivisionCode SHUSHAN = DivisionCode.parse("340104");
    static final DivisionCode JINGHU = DivisionCode.parse("340202");
    static final SchoolIdentifier PRIMARY_BAOHE = SchoolIdentifier.parse("2134000001");
    static final SchoolIdentifier PRIMARY_BAOHE_2 = SchoolIdentifier.parse("2134000002");
    static final SchoolIdentifier PRIMARY_SHUSHAN = SchoolIdentifier.parse("2134000003");
    static final SchoolIdentifier PRIMARY_JINGHU = SchoolIdentifier.parse("2134000004");
    static final SchoolIdentifier SENIOR_BAOHE = SchoolIdentifier.parse("3434000011");
    static final SchoolIdentifier SENIOR_BAOHE_2 = SchoolIdentifier.parse("3434000012");
    static final SchoolIdentifier SENIOR_SHUSHAN = SchoolIdentifier.parse("3434000013");
    static final SchoolIdentifier SENIOR_JINGHU = SchoolIdentifier.parse("3434000014");

    final MovableClock clock = new MovableClock(LocalDate.of(2025, 9, 1));
    final InMemoryStorage storage = new InMemoryStorage();
    final Registry registry;
    final Changes changes;
    final Actor province = Actor.administrator("province", Scope.of(ANHUI));
    final Actor hefei = Actor.administrator("hefei", Scope.of(HEFEI));
    final Actor wuhu = Actor.administrator("wuhu", Scope.of(WUHU));
    final Actor baohe = Actor.administrator("baohe", Scope.of(BAOHE));
    final Actor shushan = Actor.administrator("shushan", Scope.of(SHUSHAN));
    final Actor jinghu = Actor.administrator("jinghu", Scope.of(JINGHU));
    final Actor primaryBaohe;
    final Actor primaryBaohe2;
    final Actor primaryShushan;
    final Actor primaryJinghu;
    final Actor seniorBaohe;
    final Actor seniorBaohe2;
    final Actor seniorShushan;
    final Actor seniorJinghu;
    final SchoolClass baoheOne;
    final SchoolClass baoheOneB;
    final SchoolClass baoheTwo;
    final SchoolClass baoheSix;
    final SchoolClass baohe2One;
    final SchoolClass shushanOne;
    final SchoolClass jinghuOne;
    final SchoolClass seniorBaoheTen;
    final SchoolClass seniorBaoheTwelve;
    final SchoolClass seniorBaohe2Ten;
    final SchoolClass seniorShushanTen;
    final SchoolClass seniorShushanTwelve;
    final SchoolClass seniorJinghuTen;
    private int sequence;

    ChangeFixture() {
        this(RegistryPolicy.anhui());
    }

    ChangeFixture(RegistryPolicy policy) {
        registry = Registry.builder().storage(storage).policy(policy).clock(clock).build();
        changes = registry.changes();
        var organisations = registry.organisations();
        organisations.createAuthority(province, UnitCode.parse("3401110001"), BAOHE,
                authority("包河区教育体育局"));
        organisations.createAuthority(province, UnitCode.parse("3401040001"), SHUSHAN,
                authority("蜀山区教育体育局"));
        organisations.createAuthority(province, UnitCode.parse("3402020001"), JINGHU,
                authority("镜湖区教育局"));
        primaryBaohe = school(PRIMARY_BAOHE, "3401110001", "包河一小", true);
        primaryBaohe2 = school(PRIMARY_BAOHE_2, "3401110001", "包河二小", true);
        primaryShushan = school(PRIMARY_SHUSHAN, "3401040001", "蜀山一小", true);
        primaryJinghu = school(PRIMARY_JINGHU, "3402020001", "镜湖一小", true);
        seniorBaohe = school(SENIOR_BAOHE, "3401110001", "包河一中", false);
        seniorBaohe2 = school(SENIOR_BAOHE_2, "3401110001", "包河二中", false);
        seniorShushan = school(SENIOR_SHUSHAN, "3401040001", "蜀山一中", false);
        seniorJinghu = school(SENIOR_JINGHU, "3402020001", "镜湖一中", false);
        baoheOne = primaryClass(primaryBaohe, PRIMARY_BAOHE, 1, "一（1）班");
        baoheOneB = primaryClass(primaryBaohe, PRIMARY_BAOHE, 1, "一（2）班");
        baoheTwo = primaryClass(primaryBaohe, PRIMARY_BAOHE, 2, "二（1）班");
        baoheSix = primaryClass(primaryBaohe, PRIMARY_BAOHE, 6, "六（1）班");
        baohe2One = primaryClass(primaryBaohe2, PRIMARY_BAOHE_2, 1, "一（1）班");
        shushanOne = primaryClass(primaryShushan, PRIMARY_SHUSHAN, 1, "一（1）班");
        jinghuOne = primaryClass(primaryJinghu, PRIMARY_JINGHU, 1, "一（1）班");
        seniorBaoheTen = seniorClass(seniorBaohe, SENIOR_BAOHE, 10);
        seniorBaoheTwelve = seniorClass(seniorBaohe, SENIOR_BAOHE, 12);
        seniorBaohe2Ten = seniorClass(seniorBaohe2, SENIOR_BAOHE_2, 10);
        seniorShushanTen = seniorClass(seniorShushan, SENIOR_SHUSHAN, 10);
        seniorShushanTwelve = seniorClass(seniorShushan, SENIOR_SHUSHAN, 12);
        seniorJinghuTen = seniorClass(seniorJinghu, SENIOR_JINGHU, 10);
    }

    /**
     * Enrolls a grade-1 child into the first class of a primary school, submits and approves it.
     */
    Student registeredPupil(Actor school, SchoolIdentifier schoolId, Actor authority) {
        return registered(school, schoolId, Grade.of(1), "一（1）班",
                LocalDate.of(2019, 3, 1), authority);
    }

    /**
     * Enrolls a senior grade-1 student into a senior school's grade-10 class, submits and
     * approves it.
     */
    Student registeredSenior(Actor school, SchoolIdentifier schoolId, Actor authority) {
        return registered(school, schoolId, Grade.of(10), "高一（1）班",
                LocalDate.of(2010, 3, 1), authority);
    }

    private Student registered(Actor school, SchoolIdentifier schoolId, Grade grade,
            String className, LocalDate birthDate, Actor authority) {
        int seq = ++sequence;
        Sex sex = seq % 2 == 0 ? Sex.FEMALE : Sex.MALE;
        NewStudentForm form = form("学生" + seq, birthDate, sex, seq)
                .schoolClass(className).photo(photo(LocalDate.of(2025, 8, 20))).build();
        Student collected = registry.enrollment().enroll(school, schoolId, grade, form)
                .accepted().orElseThrow(() -> new AssertionError("not accepted"));
        registry.reviews().submit(school, collected.id());
        return registry.reviews().approve(authority, collected.id());
    }

    /**
     * Stores a registered copy of a student in another class of the same school, with numbers
     * of its own, for states enrollment cannot reach (a grade-6 or grade-12 pupil).
     */
    Student copyInto(Student template, SchoolClass schoolClass) {
        int seq = ++sequence;
        Student copy = template.toBuilder().id(StudentId.random())
                .key(StudentKey.ofValue("DC:A:P" + seq))
                .registryNumber(RegistryNumber.parse(
                        "G" + identityNumber(template.details().birthDate(),
                                template.details().sex(), seq)))
                .regionalNumber(RegionalStudentNumber.parse(
                        template.regionalNumber().value().substring(0, 12)
                                + String.format("%04d", 9000 + seq)))
                .classId(schoolClass.id()).status(RegistrationStatus.REGISTERED).version(0)
                .build();
        storage.unitOfWork().inTransaction(() -> {
            storage.students().insert(copy);
            return null;
        });
        return copy;
    }

    Student student(StudentId id) {
        return storage.students().find(id).orElseThrow();
    }

    static List<String> proof() {
        return List.of("证明-001");
    }

    static NewStudentForm.Builder form(String name, LocalDate birthDate, Sex sex, int sequence) {
        return NewStudentForm.builder().name(name).sex(sex).birthDate(birthDate)
                .set(FormField.NATIONALITY, "中国").set(FormField.ETHNICITY, "汉族")
                .set(FormField.OVERSEAS_STATUS, "否").set(FormField.HEALTH, "健康")
                .set(FormField.HOUSEHOLD_TYPE, "居民户口").set(FormField.ATTENDANCE_MODE, "走读")
                .set(FormField.SOURCE, "正常入学").set(FormField.DISABILITY, "无残疾")
                .set(FormField.INCLUSIVE_CLASS, "非随班就读")
                .identityDocument(IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        identityNumber(birthDate, sex, sequence))
                .firstGuardian("家长", "父亲", IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        identityNumber(LocalDate.of(1985, 1, 1), Sex.MALE, sequence));
    }

    /**
     * Returns a valid identity number of Baohe with a birth date and a sequence whose parity
     * gives the sex.
     */
    static String identityNumber(LocalDate birthDate, Sex sex, int sequence) {
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

    private Actor school(SchoolIdentifier id, String authority, String name, boolean primary) {
        SchoolProfile profile = SchoolProfile.builder().name(name)
                .schoolCode(UnitCode.parse("X" + id.toString().substring(6)))
                .phone("0551-63350000").ownership(SchoolOwnership.PUBLIC)
                .urbanRuralType(UrbanRuralType.VILLAGE)
                .category(primary ? SchoolCategory.PRIMARY_SCHOOL
                        : SchoolCategory.SENIOR_SECONDARY_SCHOOL)
                .schoolSystem(SchoolSystem.SIX_THREE).districtCode("012").build();
        return registry.organisations().createSchool(province, id, UnitCode.parse(authority),
                profile, 3).administrator();
    }

    private SchoolClass primaryClass(Actor school, SchoolIdentifier id, int grade,
            String name) {
        return registry.organisations().createClass(school, id, Grade.of(grade),
                classProfile(name, ClassType.PRIMARY_ORDINARY));
    }

    private SchoolClass seniorClass(Actor school, SchoolIdentifier id, int grade) {
        String name = grade == 10 ? "高一（1）班" : "高三（1）班";
        return registry.organisations().createClass(school, id, Grade.of(grade),
                classProfile(name, ClassType.SENIOR_ORDINARY));
    }

    private static Photo photo(LocalDate takenOn) {
        byte[] bytes = new byte[2000];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return Photo.of(bytes, takenOn);
    }

    private static AuthorityProfile authority(String name) {
        return AuthorityProfile.builder().name(name).address("安徽省某路1号")
                .regionCategory("城市").economicAttribute(EconomicAttribute.NOT_POOR)
                .ethnicAttribute("非民族自治地方").phone("0551-62830000").build();
    }

    private static ClassProfile classProfile(String name, ClassType type) {
        return ClassProfile.builder().name(name).headTeacher("王老师")
                .founded(YearMonth.of(2025, 9)).schoolSystem(SchoolSystem.SIX_THREE)
                .classType(type).build();
    }

    /**
     * A clock at ten in the morning, Shanghai time, of a day the test sets.
     */
    static final class MovableClock extends Clock {
        private volatile Instant instant;

        MovableClock(LocalDate day) {
            setDay(day);
        }

        void setDay(LocalDate day) {
            instant = day.atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
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
