package org.xueji.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
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
import org.xueji.registry.enrollment.EnrollmentResult;
import org.xueji.registry.enrollment.FormField;
import org.xueji.registry.enrollment.NewStudentForm;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.inmemory.InMemoryStorage;
import org.xueji.registry.organisation.AuthorityProfile;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.SchoolProfile;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.policy.EntryAgePolicy;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.Student;

/**
 * The README's five-minute tour of the API, compiled and run by the tests: values, the registry,
 * the organisation, one new student through collection, review and registration, and a province
 * policy changed. The README's snippets are copied from this file, and a test checks that they
 * still are.
 */
public final class Tour {

    private Tour() {
    }

    /**
     * Runs the tour on the in-memory storage.
     *
     * @param args  not used
     */
    public static void main(String[] args) {
        run(new InMemoryStorage(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Runs the tour on a storage that holds no organisation yet.
     *
     * @param storage  the storage, not null
     * @param out  where the tour prints, not null
     * @return the registered student, not null
     */
    public static Student run(RegistryStorage storage, PrintStream out) {
        // 1. Values: parsed once, checked with a reason, masked when printed.
        IdentityNumber child = IdentityNumber.parse("340111202003150011");
        out.println(child);
        out.println(IdentityNumber.check("340111202003150012"));

        // 2. The registry: a storage, the province's policy and a clock.
        Clock clock = Clock.fixed(LocalDate.of(2026, 9, 7).atTime(10, 0)
                .atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
        Registry registry = Registry.builder()
                .storage(storage)
                .policy(RegistryPolicy.anhui())
                .clock(clock)
                .build();

        // 3. The organisation: every call names the acting administrator first.
        Actor province = Actor.administrator("province-admin", Scope.of(DivisionCode.parse(
                "340000")));
        UnitCode bureau = UnitCode.parse("3401110001");
        registry.organisations().createAuthority(province, bureau, DivisionCode.parse("340111"),
                AuthorityProfile.builder().name("包河区教育体育局").address("合肥市包河区")
                        .regionCategory("城市").economicAttribute(EconomicAttribute.NOT_POOR)
                        .ethnicAttribute("非民族自治地方").phone("0551-62830000").build());
        SchoolIdentifier schoolId = SchoolIdentifier.parse("2134000001");
        Actor school = registry.organisations().createSchool(province, schoolId, bureau,
                SchoolProfile.builder().name("包河区第一小学").schoolCode(UnitCode.parse("BH001"))
                        .phone("0551-63350000").ownership(SchoolOwnership.PUBLIC)
                        .urbanRuralType(UrbanRuralType.MAIN_URBAN_AREA)
                        .category(SchoolCategory.PRIMARY_SCHOOL)
                        .schoolSystem(SchoolSystem.SIX_THREE).districtCode("001").build(), 2)
                .administrator();
        registry.organisations().createClass(school, schoolId, Grade.of(1),
                ClassProfile.builder().name("一（1）班").headTeacher("王老师")
                        .founded(YearMonth.of(2026, 9)).schoolSystem(SchoolSystem.SIX_THREE)
                        .classType(ClassType.PRIMARY_ORDINARY).build());

        // 4. A new student: collected by the school, submitted, approved by the bureau.
        NewStudentForm form = NewStudentForm.builder()
                .name("王小明").sex(Sex.MALE).birthDate(LocalDate.of(2020, 3, 15))
                .identityDocument(IdentityDocumentType.RESIDENT_IDENTITY_CARD, child.value())
                .firstGuardian("王建国", "父亲", IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        "340104198601010016")
                .set(FormField.NATIONALITY, "中国").set(FormField.ETHNICITY, "汉族")
                .set(FormField.OVERSEAS_STATUS, "否").set(FormField.HEALTH, "健康")
                .set(FormField.HOUSEHOLD_TYPE, "居民户口").set(FormField.ATTENDANCE_MODE, "走读")
                .set(FormField.SOURCE, "正常入学").set(FormField.DISABILITY, "无残疾")
                .set(FormField.INCLUSIVE_CLASS, "非随班就读")
                .schoolClass("一（1）班").photo(Photo.of(jpeg(), LocalDate.of(2026, 9, 1)))
                .build();
        EnrollmentResult result = registry.enrollment().enroll(school, schoolId, Grade.of(1),
                form);
        result.refusals().forEach(refusal -> out.println(refusal.message(Locale.CHINA)));
        Student collected = result.accepted().orElseThrow();
        registry.reviews().submitAll(school, List.of(collected.id()));
        Actor county = Actor.administrator("baohe-bureau", Scope.of(DivisionCode.parse(
                "340111")));
        Student registered = registry.reviews().approve(county, collected.id());
        out.println(registered.registryNumber() + " " + registered.status());

        // 5. A province changes a rule by replacing a piece of the policy.
        RegistryPolicy myProvince = RegistryPolicy.anhui()
                .withEntryAge(EntryAgePolicy.of(MonthDay.of(8, 31), 6, 8));
        out.println(myProvince.entryAge());
        return registered;
    }

    private static byte[] jpeg() {
        byte[] bytes = new byte[2_000];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }
}
