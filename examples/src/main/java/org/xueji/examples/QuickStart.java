package org.xueji.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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
import org.xueji.registry.enrollment.BatchResult;
import org.xueji.registry.enrollment.EnrollmentResult;
import org.xueji.registry.enrollment.FormField;
import org.xueji.registry.enrollment.NewStudentForm;
import org.xueji.registry.enrollment.Refusal;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.inmemory.InMemoryStorage;
import org.xueji.registry.organisation.AuthorityProfile;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.SchoolProfile;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.review.ReviewOutcome;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.StudentId;

/**
 * Runs the registry's main job from nothing: a county bureau and a primary school with two
 * grade-1 classes, an autumn intake of new students of which some carry typical mistakes (a wrong
 * check character, a birth date that disagrees with the identity number, a child too young, the
 * same child entered twice), the
 * check and collection of every form, the school's submission for pre-review (预审核) and the
 * bureau's approval, which registers the students (在籍).
 *
 * <p>The registry runs on the in-memory storage with a clock fixed in the enrollment window of
 * the 2026 intake, so the run is the same on any day. The output masks identity numbers, as the
 * library does everywhere outside its stores.
 */
public final class QuickStart {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate INTAKE_DAY = LocalDate.of(2026, 9, 10);
    private static final DivisionCode ANHUI = DivisionCode.parse("340000");
    private static final DivisionCode BAOHE = DivisionCode.parse("340111");
    private static final UnitCode BUREAU = UnitCode.parse("3401110001");
    private static final SchoolIdentifier SCHOOL = SchoolIdentifier.parse("2134000001");
    private static final int INTAKE = 80;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private QuickStart() {
    }

    /**
     * Runs the main job and prints what happened at each step.
     *
     * @param args  not used
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Clock clock = Clock.fixed(INTAKE_DAY.atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        Registry registry = Registry.builder()
                .storage(new InMemoryStorage())
                .clock(clock)
                .build();

        Actor province = Actor.administrator("province-admin", Scope.of(ANHUI));
        Actor bureau = Actor.administrator("baohe-bureau", Scope.of(BAOHE));
        registry.organisations().createAuthority(province, BUREAU, BAOHE, bureauProfile());
        Actor school = registry.organisations()
                .createSchool(province, SCHOOL, BUREAU, schoolProfile(), 2)
                .administrator();
        for (String name : List.of("一（1）班", "一（2）班")) {
            registry.organisations().createClass(school, SCHOOL, Grade.of(1), classProfile(name));
        }
        out.printf("学年 %s：包河区教育体育局，包河区第一小学，一年级两个班%n",
                registry.currentSchoolYear());

        BatchResult batch = registry.enrollment()
                .enrollAll(school, SCHOOL, Grade.of(1), intake(new Random(2026)));
        out.printf("新生采集：%d 份表格，%d 份通过，%d 份退回修改%n",
                batch.results().size(), batch.accepted().size(), batch.refused().size());
        Map<String, Integer> byRule = new TreeMap<>();
        for (EnrollmentResult result : batch.refused()) {
            for (Refusal refusal : result.refusals()) {
                byRule.merge(refusal.rule().chineseName() + "（" + refusal.field().columnName()
                        + "）", 1, Integer::sum);
            }
        }
        byRule.forEach((rule, count) -> out.printf("  %s  %d 次%n", rule, count));
        batch.refused().stream().limit(3).forEach(result -> out.printf("  第 %d 份：%s%n",
                result.index() + 1, result.refusals().get(0).message(Locale.CHINA)));

        List<StudentId> collected = new ArrayList<>();
        for (EnrollmentResult result : batch.accepted()) {
            StudentId id = result.accepted().orElseThrow().id();
            registry.enrollment().storePhoto(school, id, photo());
            collected.add(id);
        }
        long submitted = count(registry.reviews().submitAll(school, collected));
        out.printf("学校预审核后上报：%d 名%n", submitted);
        long approved = count(registry.reviews().approveAll(bureau, collected));
        out.printf("主管单位审核通过，正式注册入籍：%d 名%n", approved);

        batch.accepted().stream().limit(3).forEach(result -> {
            var student = result.accepted().orElseThrow();
            out.printf("  %s  学籍号 %s  地区学号 %s%n", student.details().name(),
                    student.registryNumber(), student.regionalNumber());
        });
    }

    private static long count(List<ReviewOutcome> outcomes) {
        return outcomes.stream().filter(outcome -> outcome.refusal() == null).count();
    }

    private static List<NewStudentForm> intake(Random random) {
        List<NewStudentForm> forms = new ArrayList<>();
        for (int i = 0; i < INTAKE; i++) {
            Sex sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
            LocalDate birth = LocalDate.of(2019, 9, 1).plusDays(random.nextInt(365));
            if (i % 20 == 11) {
                birth = birth.plusYears(1);
            }
            String identity = identityNumber(birth, sex, i);
            if (i % 10 == 3) {
                identity = identity.substring(0, 17) + (identity.charAt(17) == '1' ? '2' : '1');
            } else if (i % 10 == 7) {
                birth = birth.plusDays(1);
            }
            forms.add(NewStudentForm.builder()
                    .name(NAMES[i % NAMES.length] + (char) ('甲' + i / NAMES.length))
                    .sex(sex).birthDate(birth)
                    .identityDocument(IdentityDocumentType.RESIDENT_IDENTITY_CARD, identity)
                    .firstGuardian("家长" + i, "父亲", IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                            identityNumber(LocalDate.of(1990, 5, 1), Sex.MALE, 100 + i))
                    .set(FormField.NATIONALITY, "中国").set(FormField.ETHNICITY, "汉族")
                    .set(FormField.OVERSEAS_STATUS, "否").set(FormField.HEALTH, "健康")
                    .set(FormField.HOUSEHOLD_TYPE, "居民户口")
                    .set(FormField.ATTENDANCE_MODE, "走读").set(FormField.SOURCE, "正常入学")
                    .set(FormField.DISABILITY, "无残疾").set(FormField.INCLUSIVE_CLASS, "非随班就读")
                    .schoolClass(i % 2 == 0 ? "一（1）班" : "一（2）班")
                    .build());
        }
        forms.add(forms.get(0));
        forms.add(forms.get(1));
        return forms;
    }

    private static final String[] NAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵"};

    /** Builds a valid Baohe identity number whose sequence parity gives the sex. */
    private static String identityNumber(LocalDate birth, Sex sex, int serial) {
        int sequence = (serial % 500) * 2 + (sex == Sex.MALE ? 1 : 0);
        String body = BAOHE.value() + birth.toString().replace("-", "")
                + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static Photo photo() {
        byte[] jpeg = new byte[20_000];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        return Photo.of(jpeg, INTAKE_DAY);
    }

    private static AuthorityProfile bureauProfile() {
        return AuthorityProfile.builder().name("包河区教育体育局").address("合肥市包河区")
                .regionCategory("城市").economicAttribute(EconomicAttribute.NOT_POOR)
                .ethnicAttribute("非民族自治地方").phone("0551-62830000").build();
    }

    private static SchoolProfile schoolProfile() {
        return SchoolProfile.builder().name("包河区第一小学").schoolCode(UnitCode.parse("BH001"))
                .phone("0551-63350000").ownership(SchoolOwnership.PUBLIC)
                .urbanRuralType(UrbanRuralType.MAIN_URBAN_AREA)
                .category(SchoolCategory.PRIMARY_SCHOOL)
                .schoolSystem(SchoolSystem.SIX_THREE).districtCode("001").build();
    }

    private static ClassProfile classProfile(String name) {
        return ClassProfile.builder().name(name).headTeacher("王老师")
                .founded(YearMonth.of(2026, 9)).schoolSystem(SchoolSystem.SIX_THREE)
                .classType(ClassType.PRIMARY_ORDINARY).build();
    }
}
