package org.xueji.registry.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
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
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.inmemory.InMemoryStorage;
import org.xueji.registry.organisation.AuthorityProfile;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.SchoolProfile;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.Photo;

/**
 * A registry for enrollment tests: Baohe county with a primary school (scale 2) and a junior
 * school, Jinghu county with a primary school, a grade-1 class in each primary school and a
 * grade-7 class in the junior school, on a clock at 1 September 2025 (Shanghai) that tests move.
 */
final class EnrollmentFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final DivisionCode ANHUI = DivisionCode.parse("340000");
    static final DivisionCode BAOHE = DivisionCode.parse("340111");
    static final DivisionCode JINGHU = DivisionCode.parse("340202");
    static final SchoolIdentifier PRIMARY = SchoolIdentifier.parse("2134000001");
    static final SchoolIdentifier OTHER_PRIMARY = SchoolIdentifier.parse("2134000004");
    static final SchoolIdentifier JUNIOR = SchoolIdentifier.parse("3134000005");

    final MovableClock clock = new MovableClock(LocalDate.of(2025, 9, 1));
    final InMemoryStorage storage = new InMemoryStorage();
    final Registry registry;
    final Actor province = Actor.administrator("province", Scope.of(ANHUI));
    final Actor baohe = Actor.administrator("baohe", Scope.of(BAOHE));
    final Actor jinghu = Actor.administrator("jinghu", Scope.of(JINGHU));
    final Actor primary;
    final Actor otherPrimary;
    final Actor junior;
    final SchoolClass gradeOne;
    final SchoolClass otherGradeOne;
    final SchoolClass gradeSeven;

    EnrollmentFixture() {
        this(RegistryPolicy.anhui());
    }

    EnrollmentFixture(RegistryPolicy policy) {
        this(policy, UnaryOperator.identity());
    }

    /** Builds the registry over the in-memory storage as wrapped by a function. */
    EnrollmentFixture(RegistryPolicy policy, UnaryOperator<RegistryStorage> wrap) {
        registry = Registry.builder().storage(wrap.apply(storage)).policy(policy).clock(clock)
                .build();
        var organisations = registry.organisations();
        organisations.createAuthority(province, UnitCode.parse("3401110001"), BAOHE,
                authority("包河区教育体育局"));
        organisations.createAuthority(province, UnitCode.parse("3402020001"), JINGHU,
                authority("镜湖区教育局"));
        primary = organisations.createSchool(province, PRIMARY, UnitCode.parse("3401110001"),
                school("包河区第一小学", SchoolCategory.PRIMARY_SCHOOL), 2).administrator();
        junior = organisations.createSchool(province, JUNIOR, UnitCode.parse("3401110001"),
                school("包河区第一中学", SchoolCategory.JUNIOR_SECONDARY_SCHOOL), 2)
                .administrator();
        otherPrimary = organisations.createSchool(province, OTHER_PRIMARY,
                UnitCode.parse("3402020001"), school("镜湖区实验小学",
                        SchoolCategory.PRIMARY_SCHOOL), 2).administrator();
        gradeOne = organisations.createClass(primary, PRIMARY, Grade.of(1),
                classProfile("一（1）班", ClassType.PRIMARY_ORDINARY));
        otherGradeOne = organisations.createClass(otherPrimary, OTHER_PRIMARY, Grade.of(1),
                classProfile("一（1）班", ClassType.PRIMARY_ORDINARY));
        gradeSeven = organisations.createClass(junior, JUNIOR, Grade.of(7),
                classProfile("七（1）班", ClassType.JUNIOR_ORDINARY));
    }

    /**
     * Returns a valid form for a grade-1 child with an identity number of Baohe.
     */
    static NewStudentForm.Builder form(String name, LocalDate birthDate, Sex sex, int sequence) {
        return baseForm(name, birthDate, sex)
                .identityDocument(IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        identityNumber(birthDate, sex, sequence))
                .firstGuardian("张父", "父亲", IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        identityNumber(LocalDate.of(1990, 1, 1), Sex.MALE, 1));
    }

    static NewStudentForm.Builder baseForm(String name, LocalDate birthDate, Sex sex) {
        return NewStudentForm.builder().name(name).sex(sex).birthDate(birthDate)
                .set(FormField.NATIONALITY, "中国").set(FormField.ETHNICITY, "汉族")
                .set(FormField.OVERSEAS_STATUS, "否").set(FormField.HEALTH, "健康")
                .set(FormField.HOUSEHOLD_TYPE, "居民户口").set(FormField.ATTENDANCE_MODE, "走读")
                .set(FormField.SOURCE, "正常入学").set(FormField.DISABILITY, "无残疾")
                .set(FormField.INCLUSIVE_CLASS, "非随班就读").schoolClass("一（1）班");
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

    static Photo photo(LocalDate takenOn, int size) {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return Photo.of(bytes, takenOn);
    }

    static AuthorityProfile authority(String name) {
        return AuthorityProfile.builder().name(name).address("安徽省某路1号")
                .regionCategory("城市").economicAttribute(EconomicAttribute.NOT_POOR)
                .ethnicAttribute("非民族自治地方").phone("0551-62830000").build();
    }

    static SchoolProfile school(String name, SchoolCategory category) {
        return SchoolProfile.builder().name(name).schoolCode(UnitCode.parse("X" + name.length()))
                .phone("0551-63350000").ownership(SchoolOwnership.PUBLIC)
                .urbanRuralType(UrbanRuralType.VILLAGE).category(category)
                .schoolSystem(SchoolSystem.SIX_THREE).districtCode("012").build();
    }

    static ClassProfile classProfile(String name, ClassType type) {
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
