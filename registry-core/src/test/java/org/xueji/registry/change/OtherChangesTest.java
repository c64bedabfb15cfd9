package org.xueji.registry.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.change.ChangeFixture.proof;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;

class OtherChangesTest {

    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 9, 1);

    @Test
    void theAuthorityApprovesASeniorWithdrawal() {
        ChangeFixture f = new ChangeFixture();
        Student senior = f.registeredSenior(f.seniorBaohe, ChangeFixture.SENIOR_BAOHE, f.baohe);

        ChangeCase applied = f.changes.applyWithdrawal(f.seniorBaohe, senior.id(), EFFECTIVE,
                "出国留学", proof());
        assertThat(applied.steps()).extracting(ApprovalStep::party)
                .containsExactly(Party.COUNTY_AUTHORITY);
        f.changes.approve(f.baohe, applied.id(), "");

        assertThat(f.student(senior.id()).status()).isEqualTo(RegistrationStatus.WITHDRAWN);
    }

    @Test
    void aReturnedWithdrawalIsWithdrawnByTheSchool() {
        ChangeFixture f = new ChangeFixture();
        Student senior = f.registeredSenior(f.seniorBaohe, ChangeFixture.SENIOR_BAOHE, f.baohe);
        ChangeCase applied = f.changes.applyWithdrawal(f.seniorBaohe, senior.id(), EFFECTIVE,
                "出国留学", proof());

        f.changes.returnCase(f.baohe, applied.id(), "缺家长签字");
        ChangeCase withdrawn = f.changes.withdraw(f.seniorBaohe, applied.id(), "学生留校");

        assertThat(withdrawn.state()).isEqualTo(CaseState.WITHDRAWN);
        assertThat(f.student(senior.id()).status()).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void compulsoryEducationAllowsNoWithdrawalButReportsDropoutsKeepingTheRegistry() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);

        assertThatThrownBy(() -> f.changes.applyWithdrawal(f.primaryBaohe, pupil.id(),
                EFFECTIVE, "随父母外出", proof()))
                .isInstanceOfSatisfying(ChangeRefusal.ChangeRefusedException.class, ex ->
                        assertThat(ex.refusal().rule()).isEqualTo(ChangeRule.ALLOWED_ROUTE));
        ChangeCase dropout = f.changes.reportDropout(f.primaryBaohe, pupil.id(), EFFECTIVE,
                "长期未到校", proof());

        assertThat(dropout.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(dropout.steps()).isEmpty();
        Student kept = f.student(pupil.id());
        assertThat(kept.status()).isEqualTo(RegistrationStatus.DROPPED_OUT);
        assertThat(kept.registryNumber()).isEqualTo(pupil.registryNumber());
    }

    @Test
    void seniorHighHasNoDropoutReport() {
        ChangeFixture f = new ChangeFixture();
        Student senior = f.registeredSenior(f.seniorBaohe, ChangeFixture.SENIOR_BAOHE, f.baohe);

        assertThatThrownBy(() -> f.changes.reportDropout(f.seniorBaohe, senior.id(), EFFECTIVE,
                "长期未到校", proof()))
                .isInstanceOfSatisfying(ChangeRefusal.ChangeRefusedException.class, ex ->
                        assertThat(ex.refusal().rule()).isEqualTo(ChangeRule.ALLOWED_ROUTE));
    }

    @Test
    void theSchoolCancelsADeceasedStudentsRegistryWithProofAndTheFilingDeadline() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        f.clock.setDay(LocalDate.of(2025, 9, 10));

        assertThatThrownBy(() -> f.changes.cancelForDeath(f.primaryBaohe, pupil.id(),
                LocalDate.of(2025, 9, 5), "意外", List.of()))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.INVALID_VALUE);
        assertThatThrownBy(() -> f.changes.cancelForDeath(f.primaryBaohe, pupil.id(),
                LocalDate.of(2025, 9, 11), "意外", proof()))
                .isInstanceOfSatisfying(ChangeRefusal.ChangeRefusedException.class, ex ->
                        assertThat(ex.refusal().rule()).isEqualTo(ChangeRule.DATE_NOT_FUTURE));
        ChangeCase death = f.changes.cancelForDeath(f.primaryBaohe, pupil.id(),
                LocalDate.of(2025, 9, 5), "意外", proof());

        assertThat(death.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(((ChangeDetails.Death) death.details()).filingDue())
                .isEqualTo(LocalDate.of(2025, 9, 19));
        assertThat(f.student(pupil.id()).status()).isEqualTo(RegistrationStatus.DECEASED);
    }

    @Test
    void theAuthorityApprovesAGradeSkipOfOneGradeOnly() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);

        assertThatThrownBy(() -> f.changes.applyGradeSkip(f.primaryBaohe, pupil.id(),
                f.baoheSix.id(), "成绩优异", proof()))
                .isInstanceOfSatisfying(ChangeRefusal.ChangeRefusedException.class, ex ->
                        assertThat(ex.refusal().rule()).isEqualTo(ChangeRule.SUITABLE_CLASS));
        ChangeCase skip = f.changes.applyGradeSkip(f.primaryBaohe, pupil.id(), f.baoheTwo.id(),
                "成绩优异", proof());
        assertThatThrownBy(() -> f.changes.approve(f.primaryBaohe, skip.id(), ""))
                .isInstanceOf(AccessDeniedException.class);
        f.changes.approve(f.baohe, skip.id(), "");

        Student skipped = f.student(pupil.id());
        assertThat(skipped.classId()).isEqualTo(f.baoheTwo.id());
        assertThat(skipped.cohort()).isEqualTo(pupil.cohort().previous());
    }

    @Test
    void aReturnedGradeSkipLeavesTheStudentInPlace() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        ChangeCase skip = f.changes.applyGradeSkip(f.primaryBaohe, pupil.id(), f.baoheTwo.id(),
                "成绩优异", proof());

        f.changes.returnCase(f.baohe, skip.id(), "需测评报告");

        assertThat(f.student(pupil.id()).classId()).isEqualTo(pupil.classId());
    }

    @Test
    void theSchoolChangesClassWithinAGradeWithoutReview() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);

        Student moved = f.changes.changeClass(f.primaryBaohe, pupil.id(), f.baoheOneB.id());

        assertThat(moved.classId()).isEqualTo(f.baoheOneB.id());
        assertThatThrownBy(() -> f.changes.changeClass(f.primaryBaohe, pupil.id(),
                f.baoheTwo.id())).isInstanceOf(ChangeRefusal.ChangeRefusedException.class);
        assertThatThrownBy(() -> f.changes.changeClass(f.primaryBaohe2, pupil.id(),
                f.baoheOne.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.changes.changeClass(f.baohe, pupil.id(),
                f.baoheOne.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSchoolEditsOtherDataDirectlyButNotKeyData() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        StudentDetails old = pupil.details();
        StudentDetails moved = new StudentDetails(old.name(), old.sex(), old.birthDate(),
                old.birthplace(), old.nativePlace(), old.ethnicity(), old.nationality(),
                old.overseasStatus(), old.health(), old.householdPlace(), old.householdType(),
                old.entryMonth(), old.attendanceMode(), old.source(), "合肥市包河区新地址",
                old.phone(), old.onlyChild(), old.leftBehind(), old.migrant(), old.disability(),
                old.inclusiveClass());
        StudentDetails renamed = new StudentDetails("新名字", old.sex(), old.birthDate(),
                old.birthplace(), old.nativePlace(), old.ethnicity(), old.nationality(),
                old.overseasStatus(), old.health(), old.householdPlace(), old.householdType(),
                old.entryMonth(), old.attendanceMode(), old.source(), old.address(),
                old.phone(), old.onlyChild(), old.leftBehind(), old.migrant(), old.disability(),
                old.inclusiveClass());

        assertThat(f.changes.editDetails(f.primaryBaohe, pupil.id(), moved).details().address())
                .isEqualTo("合肥市包河区新地址");
        assertThatThrownBy(() -> f.changes.editDetails(f.primaryBaohe, pupil.id(), renamed))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.KEY_DATA_REQUIRES_REVIEW);
        assertThat(f.changes.history(f.primaryBaohe, pupil.id())
                .entriesOf(HistoryKind.DETAILS_EDITED))
                .singleElement().satisfies(entry ->
                        assertThat(entry.facts()).containsEntry("fields", "address"));
    }
}
