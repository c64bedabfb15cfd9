package org.xueji.registry.graduation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditQuery;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.event.GraduationReturned;
import org.xueji.registry.event.StudentGraduated;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.testing.SchoolYearFixture;

class GraduationsTest {

    private final SchoolYearFixture fixture = new SchoolYearFixture();
    private final Graduations graduations = fixture.registry.graduations();
    private final SchoolClass sixth = fixture.schoolClass(SchoolYearFixture.PRIMARY_63,
            SchoolSystem.SIX_THREE, 6, 1);
    private final SchoolClass fifth63 = fixture.schoolClass(SchoolYearFixture.PRIMARY_63,
            SchoolSystem.SIX_THREE, 5, 1);
    private final SchoolClass fifth54 = fixture.schoolClass(SchoolYearFixture.PRIMARY_54,
            SchoolSystem.FIVE_FOUR, 5, 1);
    private final SchoolClass ninth = fixture.schoolClass(SchoolYearFixture.JUNIOR,
            SchoolSystem.SIX_THREE, 9, 1);
    private final SchoolClass senior3 = fixture.schoolClass(SchoolYearFixture.SENIOR,
            SchoolSystem.SIX_THREE, 12, 1);
    private final SchoolClass senior2 = fixture.schoolClass(SchoolYearFixture.SENIOR,
            SchoolSystem.SIX_THREE, 11, 1);

    @Test
    void aPrimarySchoolRecordsTheGraduationOfASixthGraderAndItIsFinal() {
        Student student = fixture.student(1, sixth, RegistrationStatus.REGISTERED);

        Student stored = graduations.record(fixture.primary63, student.id(),
                GraduationKind.COMPLETED);

        assertThat(stored.status()).isEqualTo(RegistrationStatus.GRADUATED);
        assertThat(stored.graduation()).contains(GraduationKind.COMPLETED);
        assertThat(fixture.memory.events().published()).anySatisfy(event ->
                assertThat(event).isInstanceOfSatisfying(StudentGraduated.class,
                        graduated -> assertThat(graduated.kind())
                                .isEqualTo(GraduationKind.COMPLETED)));
        assertThatThrownBy(() -> graduations.record(fixture.primary63, student.id(),
                GraduationKind.GRADUATED))
                .isInstanceOfSatisfying(RegistryException.class,
                        ex -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_STATUS));
    }

    @Test
    void theFinalPrimaryGradeFollowsTheClassSchoolSystem() {
        Student underSixThree = fixture.student(1, fifth63, RegistrationStatus.REGISTERED);
        Student underFiveFour = fixture.student(2, fifth54, RegistrationStatus.REGISTERED);

        assertThatThrownBy(() -> graduations.record(fixture.primary63, underSixThree.id(),
                GraduationKind.GRADUATED))
                .isInstanceOfSatisfying(RegistryException.class,
                        ex -> assertThat(ex.code()).isEqualTo(ErrorCode.NOT_IN_FINAL_GRADE));
        assertThat(graduations.record(fixture.primary54, underFiveFour.id(),
                GraduationKind.GRADUATED).status()).isEqualTo(RegistrationStatus.GRADUATED);
    }

    @Test
    void aWholeClassIsRecordedWithAnOutcomePerRegisteredStudent() {
        Student first = fixture.student(1, ninth, RegistrationStatus.REGISTERED);
        Student second = fixture.student(2, ninth, RegistrationStatus.REGISTERED);
        Student blocked = fixture.student(3, ninth, RegistrationStatus.REGISTERED);
        Student suspended = fixture.student(4, ninth, RegistrationStatus.SUSPENDED);
        fixture.memory.unitOfWork().inTransaction(() -> {
            fixture.memory.openCases().open(blocked.id(), "transfer-1");
            return null;
        });

        List<GraduationOutcome> outcomes = graduations.recordClass(fixture.junior, ninth.id(),
                GraduationKind.GRADUATED);

        assertThat(outcomes).extracting(GraduationOutcome::id)
                .containsExactlyInAnyOrder(first.id(), second.id(), blocked.id());
        assertThat(outcomes).filteredOn(GraduationOutcome::isDone)
                .extracting(GraduationOutcome::id)
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(outcomes).filteredOn(outcome -> !outcome.isDone())
                .singleElement().satisfies(outcome -> assertThat(outcome.refusal())
                        .contains(ErrorCode.OPEN_CHANGE_CASE));
        assertThat(fixture.stored(suspended.id()).status())
                .isEqualTo(RegistrationStatus.SUSPENDED);
    }

    @Test
    void anOpenChangeCaseBlocksGraduationUntilItIsClosed() {
        Student student = fixture.student(1, sixth, RegistrationStatus.REGISTERED);
        fixture.memory.openCases().open(student.id(), "suspension-7");

        assertThatThrownBy(() -> graduations.record(fixture.primary63, student.id(),
                GraduationKind.GRADUATED))
                .isInstanceOfSatisfying(RegistryException.class,
                        ex -> assertThat(ex.code()).isEqualTo(ErrorCode.OPEN_CHANGE_CASE));

        fixture.memory.openCases().close(student.id(), "suspension-7");
        assertThat(graduations.record(fixture.primary63, student.id(), GraduationKind.GRADUATED)
                .status()).isEqualTo(RegistrationStatus.GRADUATED);
    }

    @Test
    void aCaseOpenedInATransactionThatRollsBackLeavesNoOpenCase() {
        Student student = fixture.student(1, sixth, RegistrationStatus.REGISTERED);

        assertThatThrownBy(() -> fixture.memory.unitOfWork().inTransaction(() -> {
            fixture.memory.openCases().open(student.id(), "transfer-2");
            assertThat(fixture.memory.openCases().hasOpenCase(student.id())).isTrue();
            throw new IllegalStateException("the change case failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(fixture.memory.openCases().hasOpenCase(student.id())).isFalse();
    }

    @Test
    void graduationIsRecordedOnTheThirtyFirstOfJulyAndRefusedOnTheFirstOfAugust() {
        Student onDeadline = fixture.student(1, sixth, RegistrationStatus.REGISTERED);
        Student late = fixture.student(2, sixth, RegistrationStatus.REGISTERED);

        fixture.clock.setDay(LocalDate.of(2026, 7, 31));
        assertThat(graduations.record(fixture.primary63, onDeadline.id(),
                GraduationKind.GRADUATED).status()).isEqualTo(RegistrationStatus.GRADUATED);

        fixture.clock.setDay(LocalDate.of(2026, 8, 1));
        assertThatThrownBy(() -> graduations.record(fixture.primary63, late.id(),
                GraduationKind.GRADUATED))
                .isInstanceOfSatisfying(RegistryException.class, ex -> {
                    assertThat(ex.code()).isEqualTo(ErrorCode.OUTSIDE_CALENDAR_WINDOW);
                    assertThat(ex.chineseMessage()).contains("2026年8月1日", "待学年升级");
                });
        assertThat(fixture.stored(late.id()).status()).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void graduationIsRefusedBeforeTheSchoolYearEndsWithTheDateItOpens() {
        Student student = fixture.student(1, sixth, RegistrationStatus.REGISTERED);
        fixture.clock.setDay(LocalDate.of(2026, 6, 30));

        assertThatThrownBy(() -> graduations.record(fixture.primary63, student.id(),
                GraduationKind.GRADUATED))
                .isInstanceOfSatisfying(RegistryException.class, ex -> {
                    assertThat(ex.code()).isEqualTo(ErrorCode.OUTSIDE_CALENDAR_WINDOW);
                    assertThat(ex.englishMessage()).contains("opens on 2026-07-01",
                            "second term");
                });
    }

    @Test
    void aSchoolOutsideTheStudentsScopeIsRefusedAndTheRefusalAudited() {
        Student student = fixture.student(1, sixth, RegistrationStatus.REGISTERED);

        assertThatThrownBy(() -> graduations.record(fixture.junior, student.id(),
                GraduationKind.GRADUATED)).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.registry.audit().list(fixture.province, AuditQuery.all()))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditAction.RECORD_GRADUATION);
                    assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
                });
    }

    @Test
    void eachStageKeepsToItsOwnProcedure() {
        Student seniorStudent = fixture.student(1, senior3, RegistrationStatus.REGISTERED);
        Student juniorStudent = fixture.student(2, ninth, RegistrationStatus.REGISTERED);

        assertThatThrownBy(() -> graduations.record(fixture.senior, seniorStudent.id(),
                GraduationKind.GRADUATED))
                .isInstanceOfSatisfying(RegistryException.class,
                        ex -> assertThat(ex.code()).isEqualTo(ErrorCode.WRONG_PROCEDURE));
        assertThatThrownBy(() -> graduations.submit(fixture.junior, juniorStudent.id(),
                GraduationKind.GRADUATED))
                .isInstanceOfSatisfying(RegistryException.class,
                        ex -> assertThat(ex.code()).isEqualTo(ErrorCode.WRONG_PROCEDURE));
    }

    @Test
    void aSeniorGraduationIsSubmittedByTheSchoolAndApprovedByItsAuthority() {
        Student student = fixture.student(1, senior3, RegistrationStatus.REGISTERED);

        GraduationCase submitted = graduations.submit(fixture.senior, student.id(),
                GraduationKind.ATTENDED);

        assertThat(submitted.state()).isEqualTo(GraduationCase.State.SUBMITTED);
        assertThat(fixture.stored(student.id()).status())
                .isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(graduations.listSubmitted(fixture.baohe)).containsExactly(submitted);
        assertThat(graduations.listSubmitted(fixture.jinghu)).isEmpty();
        assertThatThrownBy(() -> graduations.submit(fixture.senior, student.id(),
                GraduationKind.GRADUATED))
                .isInstanceOfSatisfying(RegistryException.class,
                        ex -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_STATUS));

        Student graduated = graduations.approve(fixture.baohe, student.id());

        assertThat(graduated.status()).isEqualTo(RegistrationStatus.GRADUATED);
        assertThat(graduated.graduation()).contains(GraduationKind.ATTENDED);
        assertThat(graduations.findCase(fixture.senior, student.id()).orElseThrow().state())
                .isEqualTo(GraduationCase.State.APPROVED);
    }

    @Test
    void onlyTheCompetentAuthorityDecidesASeniorGraduation() {
        Student student = fixture.student(1, senior3, RegistrationStatus.REGISTERED);
        graduations.submit(fixture.senior, student.id(), GraduationKind.GRADUATED);

        assertThatThrownBy(() -> graduations.approve(fixture.jinghu, student.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> graduations.approve(fixture.province, student.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> graduations.approve(fixture.senior, student.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> graduations.submit(fixture.baohe, student.id(),
                GraduationKind.GRADUATED)).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.stored(student.id()).status())
                .isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void aReturnedSeniorGraduationCanBeSubmittedAgain() {
        Student student = fixture.student(1, senior3, RegistrationStatus.REGISTERED);
        graduations.submit(fixture.senior, student.id(), GraduationKind.GRADUATED);

        GraduationCase returned = graduations.returnToSchool(fixture.baohe, student.id(),
                "会考成绩未达标");

        assertThat(returned.state()).isEqualTo(GraduationCase.State.RETURNED);
        assertThat(returned.returned()).contains("会考成绩未达标");
        assertThat(fixture.memory.events().published())
                .anySatisfy(event -> assertThat(event).isInstanceOf(GraduationReturned.class));
        assertThatThrownBy(() -> graduations.approve(fixture.baohe, student.id()))
                .isInstanceOfSatisfying(RegistryException.class,
                        ex -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_STATUS));

        GraduationCase again = graduations.submit(fixture.senior, student.id(),
                GraduationKind.COMPLETED);

        assertThat(again.state()).isEqualTo(GraduationCase.State.SUBMITTED);
        assertThat(again.kind()).isEqualTo(GraduationKind.COMPLETED);
        assertThat(graduations.approve(fixture.baohe, student.id()).graduation())
                .contains(GraduationKind.COMPLETED);
    }

    @Test
    void aChangeCaseOpenedAfterSubmissionBlocksTheApproval() {
        Student student = fixture.student(1, senior3, RegistrationStatus.REGISTERED);
        graduations.submit(fixture.senior, student.id(), GraduationKind.GRADUATED);
        fixture.memory.openCases().open(student.id(), "key-data-3");

        List<GraduationOutcome> outcomes = graduations.approveAll(fixture.baohe,
                List.of(student.id()));

        assertThat(outcomes).singleElement().satisfies(outcome ->
                assertThat(outcome.refusal()).contains(ErrorCode.OPEN_CHANGE_CASE));
        assertThat(graduations.findCase(fixture.senior, student.id()).orElseThrow().state())
                .isEqualTo(GraduationCase.State.SUBMITTED);
    }

    @Test
    void aSeniorStudentBelowTheFinalGradeCannotBeSubmitted() {
        Student student = fixture.student(1, senior2, RegistrationStatus.REGISTERED);

        assertThatThrownBy(() -> graduations.submit(fixture.senior, student.id(),
                GraduationKind.GRADUATED))
                .isInstanceOfSatisfying(RegistryException.class,
                        ex -> assertThat(ex.code()).isEqualTo(ErrorCode.NOT_IN_FINAL_GRADE));
    }

    @Test
    void aWholeSeniorClassIsSubmittedAndRecordsAreMadeOneByOneInBulk() {
        Student first = fixture.student(1, senior3, RegistrationStatus.REGISTERED);
        Student second = fixture.student(2, senior3, RegistrationStatus.REGISTERED);
        Student sixthGrader = fixture.student(3, sixth, RegistrationStatus.REGISTERED);
        Student fifthGrader = fixture.student(4, fifth63, RegistrationStatus.REGISTERED);

        List<GraduationOutcome> submitted = graduations.submitClass(fixture.senior,
                senior3.id(), GraduationKind.GRADUATED);
        Map<StudentId, GraduationKind> kinds = new LinkedHashMap<>();
        kinds.put(sixthGrader.id(), GraduationKind.GRADUATED);
        kinds.put(fifthGrader.id(), GraduationKind.GRADUATED);
        List<GraduationOutcome> recorded = graduations.recordAll(fixture.primary63, kinds);

        assertThat(submitted).allSatisfy(outcome -> assertThat(outcome.isDone()).isTrue());
        assertThat(graduations.listSubmitted(fixture.baohe))
                .extracting(GraduationCase::student)
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(recorded).extracting(GraduationOutcome::isDone).containsExactly(true, false);
        assertThat(recorded.get(1).refusal()).contains(ErrorCode.NOT_IN_FINAL_GRADE);
    }
}
