package org.xueji.registry.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.enrollment.EnrollmentFixture.PRIMARY;
import static org.xueji.registry.enrollment.EnrollmentFixture.form;
import static org.xueji.registry.enrollment.EnrollmentFixture.photo;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditQuery;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.Sex;
import org.xueji.registry.event.StudentApproved;
import org.xueji.registry.event.StudentCollected;
import org.xueji.registry.event.StudentReturned;
import org.xueji.registry.event.StudentSubmitted;
import org.xueji.registry.records.RecordEntry;
import org.xueji.registry.records.RecordEntryKind;
import org.xueji.registry.review.ReviewOutcome;
import org.xueji.registry.review.Reviews;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;

class ReviewTest {

    private final EnrollmentFixture fixture = new EnrollmentFixture();
    private final Reviews reviews = fixture.registry.reviews();

    @Test
    void schoolSubmitsAndItsCountyAuthorityApproves() {
        StudentId id = collectedWithPhoto("甲生", 1);

        Student submitted = reviews.submit(fixture.primary, id);
        assertThat(reviews.listSubmitted(fixture.baohe)).extracting(Student::id).contains(id);
        Student approved = reviews.approve(fixture.baohe, id);

        assertThat(submitted.status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(approved.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(fixture.storage.events().published()).extracting(Object::getClass)
                .containsSubsequence(StudentCollected.class, StudentSubmitted.class,
                        StudentApproved.class);
    }

    @Test
    void authorityReturnsWithAReasonTheSchoolSeesAndTheSchoolSubmitsAgain() {
        StudentId id = collectedWithPhoto("乙生", 2);
        reviews.submit(fixture.primary, id);

        Student returned = reviews.returnToSchool(fixture.baohe, id, "照片背景不符合要求");

        assertThat(returned.status()).isEqualTo(RegistrationStatus.COLLECTED);
        assertThat(fixture.registry.enrollment().find(fixture.primary, id).returnReason())
                .contains("照片背景不符合要求");
        assertThat(fixture.storage.events().published()).last()
                .isInstanceOf(StudentReturned.class);
        assertThat(reviews.submit(fixture.primary, id).returnReason()).isEmpty();
    }

    @Test
    void anotherCountysAuthorityMayNotDecideAndTheRefusalIsAudited() {
        StudentId id = collectedWithPhoto("丙生", 3);
        reviews.submit(fixture.primary, id);

        assertThatThrownBy(() -> reviews.approve(fixture.jinghu, id))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.returnToSchool(fixture.province, id, "不符"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.approve(fixture.primary, id))
                .isInstanceOf(AccessDeniedException.class);

        List<AuditEntry> refusals = fixture.registry.audit().list(fixture.province,
                AuditQuery.all().forAction(AuditAction.APPROVE_STUDENT));
        assertThat(refusals).hasSize(2).allSatisfy(entry ->
                assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED));
        assertThat(fixture.registry.enrollment().find(fixture.baohe, id).status())
                .isEqualTo(RegistrationStatus.SUBMITTED);
    }

    @Test
    void onlyTheStudentsSchoolSubmitsAndOnlySubmittedStudentsAreDecided() {
        StudentId id = collectedWithPhoto("丁生", 4);

        assertThatThrownBy(() -> reviews.submit(fixture.otherPrimary, id))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.approve(fixture.baohe, id))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.INVALID_STATUS);
    }

    @Test
    void bulkApprovalGivesOneOutcomePerStudent() {
        StudentId first = collectedWithPhoto("戊生", 5);
        StudentId second = collectedWithPhoto("己生", 6);
        reviews.submitAll(fixture.primary, List.of(first, second));

        List<ReviewOutcome> outcomes = reviews.approveAll(fixture.baohe,
                List.of(first, second, first));

        assertThat(outcomes).extracting(ReviewOutcome::isDone).containsExactly(true, true, false);
        assertThat(outcomes.get(2).refused()).get().extracting(Refusal::code)
                .isEqualTo(ErrorCode.INVALID_STATUS);
    }

    @Test
    void entryGradeStudentIsSubmittedOnlyWithAPhotoOfTheEntryYear() {
        StudentId noPhoto = collected("庚生", 7);
        StudentId oldPhoto = collected("辛生", 8);
        fixture.registry.enrollment().storePhoto(fixture.primary, oldPhoto,
                photo(LocalDate.of(2024, 6, 1), 20_000));

        List<ReviewOutcome> outcomes = reviews.submitAll(fixture.primary,
                List.of(noPhoto, oldPhoto));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.refused()).get()
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo(EnrollmentRule.PHOTO);
                    assertThat(refusal.code()).isEqualTo(ErrorCode.PHOTO_REQUIRED);
                }));
        assertThatThrownBy(() -> fixture.registry.enrollment().storePhoto(fixture.primary,
                noPhoto, photo(LocalDate.of(2025, 8, 1), 60 * 1024 + 1)))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.INVALID_PHOTO);
    }

    @ParameterizedTest(name = "submitting on {0}: allowed {1}")
    @CsvSource({
        "2025-09-30, true",
        "2025-10-01, false"
    })
    void submissionClosesAfter30September(LocalDate day, boolean allowed) {
        StudentId id = collectedWithPhoto("壬生", 9);
        fixture.clock.setDay(day);

        if (allowed) {
            assertThat(reviews.submit(fixture.primary, id).status())
                    .isEqualTo(RegistrationStatus.SUBMITTED);
        } else {
            assertThatThrownBy(() -> reviews.submit(fixture.primary, id))
                    .extracting(ex -> ((RegistryException) ex).code())
                    .isEqualTo(ErrorCode.OUTSIDE_CALENDAR_WINDOW);
        }
    }

    @Test
    void schoolKeepsRecordsWithoutReviewAndOthersCannotWriteThem() {
        StudentId id = collected("癸生", 10);
        RecordEntry award = new RecordEntry(RecordEntryKind.AWARD, LocalDate.of(2025, 9, 10),
                "校级三好学生", "");

        fixture.registry.records().add(fixture.primary, id, award);

        assertThat(fixture.registry.records().list(fixture.baohe, id)).containsExactly(award);
        assertThatThrownBy(() -> fixture.registry.records().add(fixture.otherPrimary, id, award))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.registry.records().list(fixture.jinghu, id))
                .isInstanceOf(AccessDeniedException.class);
    }

    private StudentId collected(String name, int sequence) {
        return fixture.registry.enrollment().enroll(fixture.primary, PRIMARY, Grade.of(1),
                form(name, LocalDate.of(2019, 7, 7), Sex.FEMALE, sequence).build())
                .accepted().orElseThrow().id();
    }

    private StudentId collectedWithPhoto(String name, int sequence) {
        return fixture.registry.enrollment().enroll(fixture.primary, PRIMARY, Grade.of(1),
                form(name, LocalDate.of(2019, 7, 7), Sex.FEMALE, sequence)
                        .photo(photo(LocalDate.of(2025, 8, 20), 30_000)).build())
                .accepted().orElseThrow().id();
    }
}
