package org.xueji.registry.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.enrollment.EnrollmentFixture.PRIMARY;
import static org.xueji.registry.enrollment.EnrollmentFixture.form;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.Disability;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.code.Sex;
import org.xueji.registry.policy.ClassSizePolicy;
import org.xueji.registry.policy.EntryAgePolicy;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.student.RegistrationStatus;

class EnrollmentRulesTest {

    @ParameterizedTest(name = "born {0}: accepted {1}")
    @CsvSource({
        "2019-08-31, true",
        "2019-09-01, false",
        "2018-09-01, true",
        "2018-08-31, true",
        "2017-09-01, true",
        "2017-08-31, false"
    })
    void entryAgeIsSixBy31AugustWithSevenAllowed(LocalDate birthDate, boolean accepted) {
        EnrollmentFixture fixture = new EnrollmentFixture();

        EnrollmentResult result = fixture.registry.enrollment().enroll(fixture.primary, PRIMARY,
                Grade.of(1), form("李明", birthDate, Sex.MALE, 1).build());

        assertThat(result.isAccepted()).isEqualTo(accepted);
        if (!accepted) {
            assertThat(result.refusals()).singleElement().satisfies(refusal -> {
                assertThat(refusal.rule()).isEqualTo(EnrollmentRule.ENTRY_AGE);
                assertThat(refusal.code()).isEqualTo(ErrorCode.ENTRY_AGE);
                assertThat(refusal.field()).isEqualTo(FormField.BIRTH_DATE);
            });
        }
    }

    @Test
    void disabilityAllowanceAdmitsAnOlderChildWithADisability() {
        EntryAgePolicy rule = EntryAgePolicy.anhui()
                .withDisabilityAllowance(disability -> 2);
        LocalDate eightYearsOld = LocalDate.of(2017, 8, 31);

        assertThat(rule.check(eightYearsOld, 2025, Disability.NONE))
                .isEqualTo(EntryAgePolicy.Verdict.TOO_OLD);
        assertThat(rule.check(eightYearsOld, 2025, Disability.HEARING))
                .isEqualTo(EntryAgePolicy.Verdict.DEFERRED);
    }

    @ParameterizedTest(name = "{0} students already: accepted {1}, warned {2}")
    @CsvSource({
        "2, true, false",
        "3, false, false"
    })
    void classAtCapMinusOneTakesOneMoreAndAtCapRefuses(int already, boolean accepted,
            boolean warned) {
        ClassSizePolicy strict = ClassSizePolicy.of(Map.of(SchoolStage.PRIMARY, 3,
                SchoolStage.JUNIOR, 3, SchoolStage.SENIOR, 3), 4, 10,
                ClassSizePolicy.LargeClassHandling.REFUSE);
        assertCapEdge(RegistryPolicy.anhui().withClassSizes(strict), already, accepted, warned);
    }

    @ParameterizedTest(name = "{0} students already: warned {2}")
    @CsvSource({
        "2, true, false",
        "3, true, true"
    })
    void classAtCapIsOnlyWarnedAboutWherePolicyWarns(int already, boolean accepted,
            boolean warned) {
        ClassSizePolicy lenient = ClassSizePolicy.of(Map.of(SchoolStage.PRIMARY, 3,
                SchoolStage.JUNIOR, 3, SchoolStage.SENIOR, 3), 5, 10,
                ClassSizePolicy.LargeClassHandling.REFUSE);
        assertCapEdge(RegistryPolicy.anhui().withClassSizes(lenient), already, accepted, warned);
    }

    private static void assertCapEdge(RegistryPolicy policy, int already, boolean accepted,
            boolean warned) {
        EnrollmentFixture fixture = new EnrollmentFixture(policy);
        Enrollment enrollment = fixture.registry.enrollment();
        LocalDate birth = LocalDate.of(2019, 3, 1);
        for (int i = 0; i < already; i++) {
            assertThat(enrollment.enroll(fixture.primary, PRIMARY, Grade.of(1),
                    form("学生" + i, birth, Sex.FEMALE, i).build()).isAccepted()).isTrue();
        }

        EnrollmentResult result = enrollment.enroll(fixture.primary, PRIMARY, Grade.of(1),
                form("新生", birth, Sex.FEMALE, 50).build());

        assertThat(result.isAccepted()).isEqualTo(accepted);
        assertThat(result.warnings().isEmpty()).isEqualTo(!warned);
        if (!accepted) {
            assertThat(result.refusals()).extracting(Refusal::rule)
                    .containsExactly(EnrollmentRule.CLASS_SIZE);
        }
    }

    @ParameterizedTest(name = "collecting on {0}: accepted {1}")
    @CsvSource({
        "2025-08-31, false",
        "2025-09-01, true",
        "2025-09-30, true",
        "2025-10-01, false"
    })
    void collectionIsOpenFromTermStartTo30September(LocalDate day, boolean accepted) {
        EnrollmentFixture fixture = new EnrollmentFixture();
        fixture.registry.currentSchoolYear();
        fixture.clock.setDay(day);

        EnrollmentResult result = fixture.registry.enrollment().enroll(fixture.primary, PRIMARY,
                Grade.of(1), form("王芳", LocalDate.of(2019, 5, 5), Sex.FEMALE, 3).build());

        assertThat(result.isAccepted()).isEqualTo(accepted);
        if (!accepted) {
            assertThat(result.refusals()).extracting(Refusal::code)
                    .containsExactly(ErrorCode.OUTSIDE_CALENDAR_WINDOW);
        }
    }

    @ParameterizedTest(name = "disability {0}, inclusive class {1}: accepted {2}")
    @CsvSource({
        "无残疾, 非随班就读, true",
        "视力残疾, 视力残疾随班就读, true",
        "无残疾, 视力残疾随班就读, false",
        "听力残疾, 非随班就读, false"
    })
    void inclusiveClassMustAgreeWithDisability(String disability, String inclusive,
            boolean accepted) {
        EnrollmentFixture fixture = new EnrollmentFixture();
        NewStudentForm form = form("赵强", LocalDate.of(2019, 5, 5), Sex.MALE, 4)
                .set(FormField.DISABILITY, disability)
                .set(FormField.INCLUSIVE_CLASS, inclusive).build();

        EnrollmentResult result = fixture.registry.enrollment().enroll(fixture.primary, PRIMARY,
                Grade.of(1), form);

        assertThat(result.isAccepted()).isEqualTo(accepted);
        if (!accepted) {
            assertThat(result.refusals()).extracting(Refusal::code)
                    .containsExactly(ErrorCode.INCLUSIVE_CLASS_MISMATCH);
        }
    }

    @Test
    void refusesBirthDateAndSexThatDisagreeWithTheIdentityNumber() {
        EnrollmentFixture fixture = new EnrollmentFixture();
        String number = EnrollmentFixture.identityNumber(LocalDate.of(2019, 5, 5), Sex.MALE, 7);
        NewStudentForm form = form("钱多", LocalDate.of(2019, 5, 6), Sex.FEMALE, 7)
                .set(FormField.IDENTITY_NUMBER, number).build();

        EnrollmentResult result = fixture.registry.enrollment().enroll(fixture.primary, PRIMARY,
                Grade.of(1), form);

        assertThat(result.refusals()).extracting(Refusal::field)
                .containsExactlyInAnyOrder(FormField.BIRTH_DATE, FormField.SEX);
        assertThat(result.refusals()).allSatisfy(refusal -> {
            assertThat(refusal.code()).isEqualTo(ErrorCode.IDENTITY_MISMATCH);
            assertThat(refusal.chineseMessage()).doesNotContain(number);
            assertThat(refusal.englishMessage()).doesNotContain(number);
        });
    }

    @Test
    void refusesAClassThatIsNotTheSchoolsAndReportsEveryRuleAtOnce() {
        EnrollmentFixture fixture = new EnrollmentFixture();
        NewStudentForm form = form("孙悟", LocalDate.of(2019, 9, 2), Sex.MALE, 8)
                .schoolClass("一（9）班").set(FormField.ETHNICITY, "火星族").build();

        EnrollmentResult result = fixture.registry.enrollment().enroll(fixture.primary, PRIMARY,
                Grade.of(1), form);

        assertThat(result.refusals()).extracting(Refusal::rule).contains(
                EnrollmentRule.FORM_FIELDS, EnrollmentRule.REAL_CLASS);
        assertThat(fixture.registry.enrollment().list(fixture.primary, PRIMARY,
                RegistrationStatus.COLLECTED)).isEmpty();
    }
}
