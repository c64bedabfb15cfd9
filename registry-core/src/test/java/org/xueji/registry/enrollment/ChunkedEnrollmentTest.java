package org.xueji.registry.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.enrollment.EnrollmentFixture.PRIMARY;
import static org.xueji.registry.enrollment.EnrollmentFixture.classProfile;
import static org.xueji.registry.enrollment.EnrollmentFixture.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditQuery;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.Sex;
import org.xueji.registry.identity.RegionalStudentNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentFlag;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.testing.FailingStorage;

/**
 * A batch is checked and written in chunks of several hundred forms, each in one unit of work;
 * these tests hold it to the results of enrolling the same forms one at a time, across chunk
 * boundaries, and to per-form results when a duplicate is raced in between a chunk's reads and
 * its write.
 */
class ChunkedEnrollmentTest {

    private static final LocalDate FIRST_BIRTHDAY = LocalDate.of(2019, 1, 1);
    private static final LocalDate PRESCHOOL = LocalDate.of(2020, 3, 1);
    private static final List<Integer> LOOKALIKES = List.of(470, 471, 499, 501);

    @Test
    void givesEveryFormOfABatchAcrossChunksTheResultItGetsWhenEnrolledAlone() {
        List<NewStudentForm> forms = spanningForms();
        EnrollmentFixture together = fixtureWithTwoClasses();
        EnrollmentFixture alone = fixtureWithTwoClasses();

        List<EnrollmentResult> batch = together.registry.enrollment().enrollAll(
                together.primary, PRIMARY, Grade.of(1), forms).results();
        List<EnrollmentResult> single = new ArrayList<>();
        for (NewStudentForm form : forms) {
            single.add(alone.registry.enrollment().enroll(alone.primary, PRIMARY, Grade.of(1),
                    form));
        }

        assertThat(batch).hasSize(forms.size());
        assertThat(batch.get(batch.size() - 1).index()).isEqualTo(forms.size() - 1);
        assertThat(batch).filteredOn(EnrollmentResult::isAccepted)
                .extracting(EnrollmentResult::index).anyMatch(index -> index < 500)
                .anyMatch(index -> index >= 500);
        for (int i = 0; i < forms.size(); i++) {
            EnrollmentResult got = batch.get(i);
            EnrollmentResult expected = single.get(i);
            assertThat(got.isAccepted()).as("form %s", i).isEqualTo(expected.isAccepted());
            assertThat(got.refusals()).as("form %s", i).extracting(Refusal::rule)
                    .containsExactlyElementsOf(expected.refusals().stream()
                            .map(Refusal::rule).toList());
            assertThat(got.warnings()).as("form %s", i).extracting(Refusal::rule)
                    .containsExactlyElementsOf(expected.warnings().stream()
                            .map(Refusal::rule).toList());
            if (got.isAccepted()) {
                assertThat(got.student().flags()).as("form %s", i)
                        .isEqualTo(expected.student().flags());
                assertThat(got.student().classId()).isEqualTo(expected.student().classId());
                assertThat(got.student().regionalNumber())
                        .isEqualTo(expected.student().regionalNumber());
            }
        }
        assertThat(batch).filteredOn(EnrollmentResult::isAccepted)
                .filteredOn(result -> LOOKALIKES.contains(result.index()))
                .extracting(result -> result.student().flags()
                        .contains(StudentFlag.DUPLICATE_SUSPECT))
                .containsExactly(false, true, false, true);
        long accepted = batch.stream().filter(EnrollmentResult::isAccepted).count();
        assertThat(together.registry.enrollment().list(together.primary, PRIMARY,
                RegistrationStatus.COLLECTED)).hasSize((int) accepted);
        assertThat(collectEntries(together)).isEqualTo(accepted);
    }

    @Test
    void refusesOnlyTheChildRacedInBetweenAChunksReadsAndItsWriteAndStoresTheRest() {
        FailingStorage[] failing = new FailingStorage[1];
        EnrollmentFixture fixture = new EnrollmentFixture(RegistryPolicy.anhui(), storage -> {
            failing[0] = new FailingStorage(storage, 0);
            return failing[0];
        });
        List<NewStudentForm> forms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            forms.add(form("学生" + i, FIRST_BIRTHDAY.plusDays(i), Sex.FEMALE, i).build());
        }
        Student[] raced = new Student[1];
        failing[0].raceBeforeNextInsertAll(batch -> fixture.storage.unitOfWork()
                .inNewTransaction(() -> {
                    Student model = batch.get(2);
                    raced[0] = model.toBuilder().id(StudentId.random())
                            .registryNumber(RegistryNumber.assigned(EnrollmentFixture.JINGHU,
                                    FIRST_BIRTHDAY, 999))
                            .regionalNumber(RegionalStudentNumber.of(
                                    model.regionalNumber().prefix(), 9999))
                            .place(Scope.ofSchool(EnrollmentFixture.OTHER_PRIMARY,
                                    EnrollmentFixture.JINGHU))
                            .classId(fixture.otherGradeOne.id()).build();
                    fixture.storage.students().insert(raced[0]);
                    return null;
                }));

        BatchResult result = fixture.registry.enrollment().enrollAll(fixture.primary, PRIMARY,
                Grade.of(1), forms);

        assertThat(result.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.index()).isEqualTo(2);
            assertThat(refused.refusals()).extracting(Refusal::code)
                    .containsExactly(ErrorCode.DUPLICATE);
        });
        assertThat(result.accepted()).hasSize(5);
        List<Student> stored = fixture.registry.enrollment().list(fixture.primary, PRIMARY,
                RegistrationStatus.COLLECTED);
        assertThat(stored).hasSize(5).noneMatch(student -> student.key()
                .equals(raced[0].key()));
        assertThat(fixture.storage.students().findByKey(raced[0].key())).contains(raced[0]);
        Set<RegionalStudentNumber> numbers = new HashSet<>();
        stored.forEach(student -> numbers.add(student.regionalNumber()));
        assertThat(numbers).hasSize(5).doesNotContain(raced[0].regionalNumber());
        assertThat(collectEntries(fixture)).isEqualTo(5);
    }

    /**
     * Forms that straddle the first chunk boundary: preschool children refused by the rules,
     * then children filling the two classes past their caps, with pairs of lookalikes (same
     * name, sex and birth date, different identity numbers) on both sides of the boundary.
     */
    private static List<NewStudentForm> spanningForms() {
        List<NewStudentForm> forms = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            boolean preschool = i < 440 || (i >= 560 && i < 1_000);
            LocalDate birthDate = preschool ? PRESCHOOL.plusDays(i % 200)
                    : FIRST_BIRTHDAY.plusDays(i % 200);
            String name = "学生" + i;
            int sequence = i / 200 + (i >= 470 ? 7 : 0);
            if (LOOKALIKES.contains(i)) {
                name = i < 480 ? "同名甲" : "同名乙";
                birthDate = FIRST_BIRTHDAY.plusDays(i < 480 ? 220 : 230);
                sequence = 30 + LOOKALIKES.indexOf(i);
            }
            forms.add(form(name, birthDate, Sex.MALE, sequence)
                    .schoolClass(i % 3 == 0 ? "一（2）班" : "一（1）班").build());
        }
        return forms;
    }

    private static EnrollmentFixture fixtureWithTwoClasses() {
        EnrollmentFixture fixture = new EnrollmentFixture();
        fixture.registry.organisations().createClass(fixture.primary, PRIMARY, Grade.of(1),
                classProfile("一（2）班", ClassType.PRIMARY_ORDINARY));
        return fixture;
    }

    private static long collectEntries(EnrollmentFixture fixture) {
        return fixture.storage.auditTrail().find(Scope.of(EnrollmentFixture.ANHUI),
                AuditQuery.all().forAction(AuditAction.COLLECT_STUDENT).withLimit(10_000))
                .size();
    }
}
