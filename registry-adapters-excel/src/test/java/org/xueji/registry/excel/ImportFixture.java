package org.xueji.registry.excel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.EconomicAttribute;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.code.SchoolOwnership;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.UrbanRuralType;
import org.xueji.registry.enrollment.FormField;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.inmemory.InMemoryStorage;
import org.xueji.registry.organisation.AuthorityProfile;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.SchoolProfile;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.policy.RegistryPolicy;

/**
 * A registry for import tests, copied in small from the core's enrollment fixture: Baohe county
 * with one primary school and its grade-1 class 一（1）班, on a clock fixed at 1 September 2025
 * (Shanghai), inside the collection window.
 */
final class ImportFixture {

    static final DivisionCode ANHUI = DivisionCode.parse("340000");
    static final DivisionCode BAOHE = DivisionCode.parse("340111");
    static final SchoolIdentifier PRIMARY = SchoolIdentifier.parse("2134000001");
    static final Grade GRADE_ONE = Grade.of(1);
    static final String CLASS_NAME = "一（1）班";

    /** The columns of the test sheets, in the national form's order. */
    static final List<FormField> FIELDS = List.of(FormField.NAME, FormField.SEX,
            FormField.BIRTH_DATE, FormField.NATIONALITY, FormField.ETHNICITY,
            FormField.IDENTITY_DOCUMENT_TYPE, FormField.IDENTITY_NUMBER,
            FormField.OVERSEAS_STATUS, FormField.HEALTH, FormField.HOUSEHOLD_TYPE,
            FormField.ATTENDANCE_MODE, FormField.SOURCE, FormField.DISABILITY,
            FormField.INCLUSIVE_CLASS, FormField.CLASS, FormField.GUARDIAN1_NAME,
            FormField.GUARDIAN1_RELATION);

    final InMemoryStorage storage = new InMemoryStorage();
    final Registry registry;
    final Actor province = Actor.administrator("province", Scope.of(ANHUI));
    final Actor school;
    final SchoolClass gradeOne;

    ImportFixture() {
        Clock clock = Clock.fixed(LocalDate.of(2025, 9, 1).atTime(10, 0)
                .toInstant(ZoneOffset.ofHours(8)), ZoneId.of("Asia/Shanghai"));
        registry = Registry.builder().storage(storage).policy(RegistryPolicy.anhui())
                .clock(clock).build();
        var organisations = registry.organisations();
        organisations.createAuthority(province, UnitCode.parse("3401110001"), BAOHE,
                AuthorityProfile.builder().name("包河区教育体育局").address("安徽省某路1号")
                        .regionCategory("城市").economicAttribute(EconomicAttribute.NOT_POOR)
                        .ethnicAttribute("非民族自治地方").phone("0551-62830000").build());
        school = organisations.createSchool(province, PRIMARY, UnitCode.parse("3401110001"),
                SchoolProfile.builder().name("包河区第一小学").schoolCode(UnitCode.parse("X1"))
                        .phone("0551-63350000").ownership(SchoolOwnership.PUBLIC)
                        .urbanRuralType(UrbanRuralType.VILLAGE)
                        .category(SchoolCategory.PRIMARY_SCHOOL)
                        .schoolSystem(SchoolSystem.SIX_THREE).districtCode("012").build(), 2)
                .administrator();
        gradeOne = organisations.createClass(school, PRIMARY, GRADE_ONE,
                ClassProfile.builder().name(CLASS_NAME).headTeacher("王老师")
                        .founded(YearMonth.of(2025, 9)).schoolSystem(SchoolSystem.SIX_THREE)
                        .classType(ClassType.PRIMARY_ORDINARY).build());
    }

    /** Returns the national header names of {@link #FIELDS}. */
    static List<Object> header() {
        List<Object> header = new ArrayList<>();
        FIELDS.forEach(field -> header.add(field.columnName()));
        return header;
    }

    /** Returns a valid row of {@link #FIELDS} for a grade-1 child, as a clerk types it. */
    static List<Object> validRow(String name, int sequence) {
        LocalDate birth = LocalDate.of(2019, 1, 1).plusDays(sequence % 200);
        Sex sex = sequence % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        return new ArrayList<>(Arrays.asList(name, sex.chineseName(), birth, "中国", "汉族",
                "居民身份证", identityNumber(birth, sex, sequence), "否", "健康", "居民户口", "走读",
                "正常入学", "无残疾", "非随班就读", CLASS_NAME, "张父", "父亲"));
    }

    /** Returns a valid identity number of Baohe; the sequence's parity is set by the sex. */
    static String identityNumber(LocalDate birthDate, Sex sex, int sequence) {
        int seq = sequence * 2 % 1000 + (sex == Sex.MALE ? 1 : 0);
        String body = "340111" + birthDate.toString().replace("-", "")
                + String.format("%03d", seq);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
