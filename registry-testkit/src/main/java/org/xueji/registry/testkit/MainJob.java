package org.xueji.registry.testkit;

import static org.xueji.registry.testkit.StorageFixtures.ANHUI;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.authorityProfile;
import static org.xueji.registry.testkit.StorageFixtures.bureauOf;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.code.SchoolOwnership;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.UrbanRuralType;
import org.xueji.registry.enrollment.FormField;
import org.xueji.registry.enrollment.NewStudentForm;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.SchoolProfile;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.Photo;

/**
 * The registry's main job on an adapter's storage, for end-to-end suites: Baohe's bureau, one
 * primary school with two grade 1 classes, and a batch of new students' forms of which some are
 * valid and three are refused, collected on 10 September 2026, inside the enrollment window.
 */
public final class MainJob {

    /** The day of the intake, in the school year 2026-2027. */
    public static final LocalDate INTAKE_DAY = LocalDate.of(2026, 9, 10);
    /** A clock fixed at ten in the morning of {@link #INTAKE_DAY} in Asia/Shanghai. */
    public static final Clock CLOCK = Clock.fixed(INTAKE_DAY.atTime(10, 0)
            .atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
    /** The primary school that collects the batch. */
    public static final SchoolIdentifier SCHOOL = SchoolIdentifier.parse("2134000001");
    /** The province's administrator. */
    public static final Actor PROVINCE = Actor.administrator("province", Scope.of(ANHUI));
    /** Baohe's bureau, which approves the school's students. */
    public static final Actor BUREAU = Actor.administrator("baohe", Scope.of(BAOHE));
    /** How many forms of {@link #forms} are refused. */
    public static final int REFUSED = 3;

    private MainJob() {
    }

    /**
     * Builds a registry on a storage with Anhui's policy and {@link #CLOCK}.
     *
     * @param storage  the storage, not null
     * @return the registry, not null
     */
    public static Registry registry(RegistryStorage storage) {
        return Registry.builder().storage(storage).policy(RegistryPolicy.anhui()).clock(CLOCK)
                .build();
    }

    /**
     * Creates Baohe's bureau, the school and its classes 一（1）班 and 一（2）班.
     *
     * @param registry  a registry on empty storage, not null
     * @return the school's administrator, not null
     */
    public static Actor setUp(Registry registry) {
        registry.organisations().createAuthority(PROVINCE, bureauOf(BAOHE), BAOHE,
                authorityProfile("合肥市包河区教育体育局"));
        return addSchool(registry, SCHOOL, BAOHE, "包河区第一小学");
    }

    /**
     * Creates a primary school like {@link #SCHOOL}, of the same district code and a school code
     * from its identifier's last three digits, with its classes 一（1）班 and 一（2）班, under the
     * bureau of a county whose authority exists.
     *
     * @param registry  the registry, not null
     * @param school  the new school's identifier, not null
     * @param county  the county whose bureau is the school's authority, not null
     * @param name  the school's name, not null
     * @return the school's administrator, not null
     */
    public static Actor addSchool(Registry registry, SchoolIdentifier school,
            DivisionCode county, String name) {
        Actor administrator = registry.organisations().createSchool(PROVINCE, school,
                bureauOf(county),
                SchoolProfile.builder().name(name)
                        .schoolCode(UnitCode.parse("BH" + school.value().substring(7)))
                        .phone("0551-63350000").ownership(SchoolOwnership.PUBLIC)
                        .urbanRuralType(UrbanRuralType.MAIN_URBAN_AREA)
                        .category(SchoolCategory.PRIMARY_SCHOOL)
                        .schoolSystem(SchoolSystem.SIX_THREE).districtCode("001").build(), 2)
                .administrator();
        for (String className : List.of("一（1）班", "一（2）班")) {
            registry.organisations().createClass(administrator, school, Grade.of(1),
                    ClassProfile.builder().name(className).headTeacher("王老师")
                            .founded(YearMonth.of(2026, 9)).schoolSystem(SchoolSystem.SIX_THREE)
                            .classType(ClassType.PRIMARY_ORDINARY).build());
        }
        return administrator;
    }

    /**
     * Returns a batch of grade 1 forms: {@code valid} valid ones with photos, alternating between
     * the two classes, then {@value #REFUSED} refused ones: the first form again, a child of
     * preschool age, and a child in a class the school does not have.
     *
     * @param valid  how many valid forms, 1 to 400
     * @return the forms, not null
     */
    public static List<NewStudentForm> forms(int valid) {
        List<NewStudentForm> forms = new ArrayList<>();
        for (int i = 0; i < valid; i++) {
            forms.add(form("学生" + i, LocalDate.of(2019, 10, 1).plusDays(i), i,
                    i % 2 == 0 ? "一（1）班" : "一（2）班"));
        }
        forms.add(forms.get(0));
        forms.add(form("幼儿", LocalDate.of(2021, 1, 5), 450, "一（1）班"));
        forms.add(form("无班级", LocalDate.of(2019, 12, 5), 451, "一（9）班"));
        return forms;
    }

    private static NewStudentForm form(String name, LocalDate birthDate, int serial,
            String schoolClass) {
        Sex sex = serial % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        return NewStudentForm.builder().name(name).sex(sex).birthDate(birthDate)
                .identityDocument(IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        StudentFixtures.identityNumber(birthDate, sex, serial))
                .firstGuardian("家长" + serial, "父亲", IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        StudentFixtures.identityNumber(LocalDate.of(1990, 5, 1), Sex.MALE,
                                serial))
                .set(FormField.NATIONALITY, "中国").set(FormField.ETHNICITY, "汉族")
                .set(FormField.OVERSEAS_STATUS, "否").set(FormField.HEALTH, "健康")
                .set(FormField.HOUSEHOLD_TYPE, "居民户口").set(FormField.ATTENDANCE_MODE, "走读")
                .set(FormField.SOURCE, "正常入学").set(FormField.DISABILITY, "无残疾")
                .set(FormField.INCLUSIVE_CLASS, "非随班就读").schoolClass(schoolClass)
                .photo(photo())
                .build();
    }

    private static Photo photo() {
        byte[] jpeg = new byte[20_000];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        return Photo.of(jpeg, INTAKE_DAY);
    }
}
