package org.xueji.registry.reliability;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.change.ChangeCase;
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
import org.xueji.registry.problem.ProblemRecord;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

/**
 * A province whose every record of interest lies in one branch school: Hefei city with Baohe
 * county, where a central school has a branch and a sibling branch, and Shushan county with a
 * school of its own. The branch school has a grade-1 class and students in each state the use
 * cases start from, a suspension case and a duplicate-identity problem. The clock stands at
 * 10 September 2025 (Shanghai); tests move it.
 */
final class ScopeFixture {

    static final DivisionCode ANHUI = DivisionCode.parse("340000");
    static final DivisionCode HEFEI = DivisionCode.parse("340100");
    static final DivisionCode BAOHE = DivisionCode.parse("340111");
    static final DivisionCode SHUSHAN = DivisionCode.parse("340104");
    static final UnitCode HEFEI_BUREAU = UnitCode.parse("3401000001");
    static final UnitCode BAOHE_BUREAU = UnitCode.parse("3401110001");
    static final UnitCode SHUSHAN_BUREAU = UnitCode.parse("3401040001");
    static final SchoolIdentifier CENTRAL = SchoolIdentifier.parse("2134000001");
    static final SchoolIdentifier BRANCH = SchoolIdentifier.parse("2134000002");
    static final SchoolIdentifier SIBLING = SchoolIdentifier.parse("2134000003");
    static final SchoolIdentifier OTHER = SchoolIdentifier.parse("2134000004");

    final DayClock clock = new DayClock(LocalDate.of(2025, 9, 10));
    final InMemoryStorage storage = new InMemoryStorage();
    final Registry registry = Registry.builder().storage(storage)
            .policy(RegistryPolicy.anhui()).clock(clock).build();
    final Actor province = Actor.administrator("province", Scope.of(ANHUI));
    final Actor city = Actor.administrator("hefei", Scope.of(HEFEI));
    final Actor county = Actor.administrator("baohe", Scope.of(BAOHE));
    final Actor otherCounty = Actor.administrator("shushan", Scope.of(SHUSHAN));
    final Actor central;
    final Actor branch;
    final Actor sibling;
    final Actor otherSchool;
    final SchoolClass branchClass;
    final SchoolClass secondClass;
    final Student registered;
    final Student collected;
    final Student submitted;
    final Student duplicate;
    final ChangeCase suspension;
    final ProblemRecord problem;
    private int sequence;

    ScopeFixture() {
        var organisations = registry.organisations();
        organisations.createAuthority(province, HEFEI_BUREAU, HEFEI, authority("合肥市教育局"));
        organisations.createAuthority(province, BAOHE_BUREAU, BAOHE, authority("包河区教育体育局"));
        organisations.createAuthority(province, SHUSHAN_BUREAU, SHUSHAN,
                authority("蜀山区教育体育局"));
        central = organisations.createSchool(province, CENTRAL, BAOHE_BUREAU,
                school("大圩中心学校", SchoolCategory.PRIMARY_SCHOOL), 2).administrator();
        branch = organisations.addBranchSchool(central, CENTRAL, BRANCH,
                school("新民小学", SchoolCategory.PRIMARY_SCHOOL), 2).administrator();
        sibling = organisations.addBranchSchool(central, CENTRAL, SIBLING,
                school("金葡小学", SchoolCategory.PRIMARY_SCHOOL), 2).administrator();
        otherSchool = organisations.createSchool(province, OTHER, SHUSHAN_BUREAU,
                school("蜀山小学", SchoolCategory.PRIMARY_SCHOOL), 2).administrator();
        branchClass = organisations.createClass(branch, BRANCH, Grade.of(1),
                classProfile("一（1）班"));
        secondClass = organisations.createClass(branch, BRANCH, Grade.of(1),
                classProfile("一（2）班"));
        organisations.createClass(otherSchool, OTHER, Grade.of(1), classProfile("一（1）班"));
        registered = enrolled();
        registry.reviews().submit(branch, registered.id());
        registry.reviews().approve(county, registered.id());
        collected = enrolled();
        submitted = enrolled();
        registry.reviews().submit(branch, submitted.id());
        Student suspended = enrolled();
        registry.reviews().submit(branch, suspended.id());
        registry.reviews().approve(county, suspended.id());
        suspension = registry.changes().applySuspension(branch, suspended.id(),
                LocalDate.of(2025, 9, 15), "因病休学", List.of("诊断证明-001"));
        duplicate = copyOf(registered);
        problem = registry.problems().scan(province, BAOHE).added().get(0);
    }

    /**
     * Returns a valid form for a grade-1 child of Baohe, different at each call.
     */
    NewStudentForm form() {
        int seq = ++sequence;
        LocalDate birth = LocalDate.of(2019, 3, 1).plusDays(seq);
        return NewStudentForm.builder().name("学生" + seq).sex(Sex.MALE).birthDate(birth)
                .set(FormField.NATIONALITY, "中国").set(FormField.ETHNICITY, "汉族")
                .set(FormField.OVERSEAS_STATUS, "否").set(FormField.HEALTH, "健康")
                .set(FormField.HOUSEHOLD_TYPE, "居民户口").set(FormField.ATTENDANCE_MODE, "走读")
                .set(FormField.SOURCE, "正常入学").set(FormField.DISABILITY, "无残疾")
                .set(FormField.INCLUSIVE_CLASS, "非随班就读").schoolClass("一（1）班")
                .identityDocument(IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        identityNumber("340111", birth, 2 * seq + 1))
                .firstGuardian("家长", "父亲", IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        identityNumber("340111", LocalDate.of(1985, 1, 1), 2 * seq + 1))
                .photo(photo()).build();
    }

    Student student(StudentId id) {
        return storage.students().find(id).orElseThrow();
    }

    private Student enrolled() {
        return registry.enrollment().enroll(branch, BRANCH, Grade.of(1), form()).accepted()
                .orElseThrow(() -> new AssertionError("not accepted"));
    }

    private Student copyOf(Student template) {
        Student copy = template.toBuilder().id(StudentId.random())
                .key(StudentKey.ofValue("DC:A:P" + ++sequence))
                .registryNumber(RegistryNumber.parse("G" + identityNumber("340111",
                        template.details().birthDate(), 2 * sequence + 1)))
                .regionalNumber(RegionalStudentNumber.parse(
                        template.regionalNumber().value().substring(0, 12)
                                + String.format("%04d", 9000 + sequence)))
                .classId(secondClass.id()).version(0).build();
        storage.unitOfWork().inTransaction(() -> {
            storage.students().insert(copy);
            return null;
        });
        return copy;
    }

    /**
     * Returns a valid resident identity number of a division, birth date and sequence.
     */
    static String identityNumber(String division, LocalDate birthDate, int sequence) {
        String body = division + birthDate.toString().replace("-", "")
                + String.format("%03d", sequence % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    static Photo photo() {
        byte[] bytes = new byte[2000];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return Photo.of(bytes, LocalDate.of(2025, 8, 20));
    }

    /**
     * Returns a plain JPEG image large enough for the photo policy.
     */
    static byte[] jpeg() {
        BufferedImage image = new BufferedImage(160, 200, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /**
     * Returns a zip archive of files, by name.
     */
    static InputStream zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new ByteArrayInputStream(out.toByteArray());
    }

    /**
     * Describes a stored photo by its bytes and day.
     */
    static String describe(Photo photo) {
        return Arrays.hashCode(photo.jpeg()) + "@" + photo.takenOn();
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

    static ClassProfile classProfile(String name) {
        return ClassProfile.builder().name(name).headTeacher("王老师")
                .founded(YearMonth.of(2025, 9)).schoolSystem(SchoolSystem.SIX_THREE)
                .classType(ClassType.PRIMARY_ORDINARY).build();
    }

    /**
     * A clock at ten in the morning, Shanghai time, of a day the test sets.
     */
    static final class DayClock extends Clock {
        private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
        private volatile Instant instant;

        DayClock(LocalDate day) {
            setDay(day);
        }

        void setDay(LocalDate day) {
            instant = day.atTime(10, 0).atZone(SHANGHAI).toInstant();
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
