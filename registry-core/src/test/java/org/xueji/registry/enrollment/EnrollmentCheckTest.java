package org.xueji.registry.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.enrollment.EnrollmentFixture.OTHER_PRIMARY;
import static org.xueji.registry.enrollment.EnrollmentFixture.PRIMARY;
import static org.xueji.registry.enrollment.EnrollmentFixture.form;
import static org.xueji.registry.enrollment.EnrollmentFixture.identityNumber;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.Sex;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.StudentKey;

class EnrollmentCheckTest {

    private static final LocalDate BIRTH = LocalDate.of(2019, 3, 1);

    private final EnrollmentFixture fixture = new EnrollmentFixture();
    private final Enrollment enrollment = fixture.registry.enrollment();

    @Test
    void checkAcceptsAValidFormAndStoresNothing() {
        int eventsBefore = fixture.storage.events().published().size();

        BatchResult result = enrollment.check(fixture.primary, PRIMARY, Grade.of(1),
                List.of(form("李明", BIRTH, Sex.MALE, 1).build()));

        assertThat(result.results()).singleElement().satisfies(checked -> {
            assertThat(checked.isAccepted()).isTrue();
            assertThat(checked.accepted()).isEmpty();
        });
        assertThat(enrollment.list(fixture.primary, PRIMARY, RegistrationStatus.COLLECTED))
                .isEmpty();
        assertThat(fixture.storage.events().published()).hasSize(eventsBefore);
    }

    @Test
    void checkRefusesWithTheRefusalsEnrollmentGives() {
        List<NewStudentForm> forms = List.of(
                form("李明", LocalDate.of(2020, 1, 1), Sex.MALE, 1).build(),
                form("王芳", BIRTH, Sex.FEMALE, 2).schoolClass("九（9）班").build());

        BatchResult checked = enrollment.check(fixture.primary, PRIMARY, Grade.of(1), forms);
        BatchResult enrolled = enrollment.enrollAll(fixture.primary, PRIMARY, Grade.of(1), forms);

        assertThat(checked.refused()).hasSize(2);
        assertThat(checked.results()).extracting(EnrollmentResult::refusals)
                .isEqualTo(enrolled.results().stream().map(EnrollmentResult::refusals).toList());
    }

    @Test
    void checkFindsTheGradesClassByIdOrNameAndNoOtherSchoolsClass() {
        List<NewStudentForm> forms = List.of(
                form("李明", BIRTH, Sex.MALE, 1).schoolClass(fixture.gradeOne.id().toString())
                        .build(),
                form("王芳", BIRTH, Sex.FEMALE, 2).schoolClass(" 一（1）班 ").build(),
                form("张伟", BIRTH, Sex.MALE, 3)
                        .schoolClass(fixture.otherGradeOne.id().toString()).build(),
                form("刘洋", BIRTH, Sex.MALE, 4).schoolClass(fixture.gradeSeven.id().toString())
                        .build(),
                form("陈静", BIRTH, Sex.FEMALE, 5).schoolClass("一（2）班").build());

        BatchResult checked = enrollment.check(fixture.primary, PRIMARY, Grade.of(1), forms);

        assertThat(checked.results()).extracting(EnrollmentResult::isAccepted)
                .containsExactly(true, true, false, false, false);
        assertThat(checked.refused()).allSatisfy(refused -> assertThat(refused.refusals())
                .extracting(Refusal::rule).containsExactly(EnrollmentRule.REAL_CLASS));
    }

    @Test
    void checkRefusesTheSecondFormOfAStudentInTheBatch() {
        NewStudentForm form = form("王芳", BIRTH, Sex.FEMALE, 2).build();

        BatchResult checked = enrollment.check(fixture.primary, PRIMARY, Grade.of(1),
                List.of(form, form));

        assertThat(checked.results().get(0).isAccepted()).isTrue();
        assertThat(checked.results().get(1).refusals()).extracting(Refusal::rule)
                .containsExactly(EnrollmentRule.NOT_TWICE_IN_BATCH);
    }

    @Test
    void checkAfterEnrollmentReportsTheStudentAsRegistered() {
        NewStudentForm form = form("李明", BIRTH, Sex.MALE, 1).build();
        enrollment.enroll(fixture.primary, PRIMARY, Grade.of(1), form);

        BatchResult result = enrollment.check(fixture.primary, PRIMARY, Grade.of(1),
                List.of(form));

        assertThat(result.refused()).singleElement().satisfies(refused ->
                assertThat(refused.refusals()).extracting(Refusal::rule)
                        .containsExactly(EnrollmentRule.NOT_REGISTERED));
    }

    @Test
    void findByKeyFindsTheSchoolsStudentOnly() {
        enrollment.enroll(fixture.primary, PRIMARY, Grade.of(1),
                form("李明", BIRTH, Sex.MALE, 1).build());
        StudentKey key = StudentKey.ofIdentityNumber(
                IdentityNumber.parse(identityNumber(BIRTH, Sex.MALE, 1)));

        assertThat(enrollment.findByKey(fixture.primary, PRIMARY, key))
                .hasValueSatisfying(found -> assertThat(found.details().name()).isEqualTo("李明"));
        assertThat(enrollment.findByKey(fixture.otherPrimary, OTHER_PRIMARY, key)).isEmpty();
        assertThatThrownBy(() -> enrollment.findByKey(fixture.otherPrimary, PRIMARY, key))
                .isInstanceOf(AccessDeniedException.class);
    }
}
