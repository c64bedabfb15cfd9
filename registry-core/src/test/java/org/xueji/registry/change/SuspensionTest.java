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

class SuspensionTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);

    @Test
    void countyAuthorityApprovesAPupilsSuspensionForOneYearAndTheResumption() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);

        ChangeCase suspension = f.changes.applySuspension(f.primaryBaohe, pupil.id(), START,
                "病休", proof());

        assertThat(suspension.steps()).extracting(ApprovalStep::party)
                .containsExactly(Party.COUNTY_AUTHORITY);
        assertThat(((ChangeDetails.Suspension) suspension.details()).until())
                .isEqualTo(LocalDate.of(2026, 8, 31));
        f.changes.approve(f.baohe, suspension.id(), "同意");
        assertThat(f.student(pupil.id()).status()).isEqualTo(RegistrationStatus.SUSPENDED);

        ChangeCase resumption = f.changes.applyResumption(f.primaryBaohe, pupil.id(),
                f.baoheOneB.id(), "康复返校", proof());
        f.changes.approve(f.baohe, resumption.id(), "");
        Student back = f.student(pupil.id());
        assertThat(back.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(back.classId()).isEqualTo(f.baoheOneB.id());
    }

    @Test
    void theCityAuthorityApprovesASeniorSuspensionNotTheCounty() {
        ChangeFixture f = new ChangeFixture();
        Student senior = f.registeredSenior(f.seniorBaohe, ChangeFixture.SENIOR_BAOHE, f.baohe);

        ChangeCase suspension = f.changes.applySuspension(f.seniorBaohe, senior.id(), START,
                "病休", proof());

        assertThat(suspension.steps()).extracting(ApprovalStep::party)
                .containsExactly(Party.CITY_AUTHORITY);
        assertThatThrownBy(() -> f.changes.approve(f.baohe, suspension.id(), ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.changes.approve(f.province, suspension.id(), ""))
                .isInstanceOf(AccessDeniedException.class);
        f.changes.approve(f.hefei, suspension.id(), "");
        assertThat(f.student(senior.id()).status()).isEqualTo(RegistrationStatus.SUSPENDED);
    }

    @Test
    void aSeniorStudentRenewsOnceAndIsRefusedAThirdSuspension() {
        ChangeFixture f = new ChangeFixture();
        Student senior = f.registeredSenior(f.seniorBaohe, ChangeFixture.SENIOR_BAOHE, f.baohe);
        f.changes.approve(f.hefei, f.changes.applySuspension(f.seniorBaohe, senior.id(), START,
                "病休", proof()).id(), "");

        ChangeCase renewal = f.changes.applySuspension(f.seniorBaohe, senior.id(),
                LocalDate.of(2026, 9, 1), "继续病休", proof());
        f.changes.approve(f.hefei, renewal.id(), "");

        assertThatThrownBy(() -> f.changes.applySuspension(f.seniorBaohe, senior.id(),
                LocalDate.of(2027, 9, 1), "继续病休", proof()))
                .isInstanceOfSatisfying(ChangeRefusal.ChangeRefusedException.class, ex ->
                        assertThat(ex.refusal().rule()).isEqualTo(ChangeRule.SUSPENSION_LIMIT));
    }

    @Test
    void aReturnedSuspensionIsResubmittedAndApproved() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        ChangeCase suspension = f.changes.applySuspension(f.primaryBaohe, pupil.id(), START,
                "病休", proof());
        assertThat(f.storage.openCases().hasOpenCase(pupil.id())).isTrue();

        f.changes.returnCase(f.baohe, suspension.id(), "缺医院证明");
        assertThat(f.storage.openCases().hasOpenCase(pupil.id())).isTrue();
        assertThat(f.student(pupil.id()).status()).isEqualTo(RegistrationStatus.REGISTERED);
        f.changes.resubmit(f.primaryBaohe, suspension.id(), "已补医院证明");
        ChangeCase done = f.changes.approve(f.baohe, suspension.id(), "");

        assertThat(done.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(f.student(pupil.id()).status()).isEqualTo(RegistrationStatus.SUSPENDED);
        assertThat(f.storage.openCases().hasOpenCase(pupil.id())).isFalse();
    }

    @Test
    void aWithdrawnSuspensionChangesNothingAndFreesTheStudentForAnotherCase() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        ChangeCase suspension = f.changes.applySuspension(f.primaryBaohe, pupil.id(), START,
                "病休", proof());
        assertThatThrownBy(() -> f.changes.applySuspension(f.primaryBaohe, pupil.id(), START,
                "病休", proof()))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.OPEN_CHANGE_CASE);

        f.changes.withdraw(f.primaryBaohe, suspension.id(), "家长撤回");
        assertThat(f.storage.openCases().hasOpenCase(pupil.id())).isFalse();

        assertThat(f.student(pupil.id()).status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(f.changes.applySuspension(f.primaryBaohe, pupil.id(), START, "病休",
                proof()).state()).isEqualTo(CaseState.APPLIED);
    }

    @Test
    void resumptionIntoAClassOfAnotherSchoolOrStageIsRefused() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        f.changes.approve(f.baohe, f.changes.applySuspension(f.primaryBaohe, pupil.id(), START,
                "病休", proof()).id(), "");

        assertThatThrownBy(() -> f.changes.applyResumption(f.primaryBaohe, pupil.id(),
                f.baoheSix.id(), "返校", proof()))
                .isInstanceOfSatisfying(ChangeRefusal.ChangeRefusedException.class, ex ->
                        assertThat(ex.refusal().rule()).isEqualTo(ChangeRule.SUITABLE_CLASS));
        assertThatThrownBy(() -> f.changes.applyResumption(f.primaryBaohe, pupil.id(),
                f.baohe2One.id(), "返校", proof()))
                .isInstanceOfSatisfying(ChangeRefusal.ChangeRefusedException.class, ex ->
                        assertThat(ex.refusal().rule()).isEqualTo(ChangeRule.SUITABLE_CLASS));
    }

    @Test
    void suspensionNeedsProof() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);

        assertThatThrownBy(() -> f.changes.applySuspension(f.primaryBaohe, pupil.id(), START,
                "病休", List.of()))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.INVALID_VALUE);
    }

    @Test
    void sweepMarksSeniorsWhoDidNotResumeInTimeWithdrawnOnceAndLeavesPupils() {
        ChangeFixture f = new ChangeFixture();
        Student senior = f.registeredSenior(f.seniorBaohe, ChangeFixture.SENIOR_BAOHE, f.baohe);
        Student resuming = f.registeredSenior(f.seniorBaohe, ChangeFixture.SENIOR_BAOHE,
                f.baohe);
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        f.changes.approve(f.hefei, f.changes.applySuspension(f.seniorBaohe, senior.id(), START,
                "病休", proof()).id(), "");
        f.changes.approve(f.hefei, f.changes.applySuspension(f.seniorBaohe, resuming.id(),
                START, "病休", proof()).id(), "");
        f.changes.approve(f.baohe, f.changes.applySuspension(f.primaryBaohe, pupil.id(), START,
                "病休", proof()).id(), "");
        f.changes.applyResumption(f.seniorBaohe, resuming.id(), f.seniorBaoheTen.id(), "返校",
                proof());

        assertThat(f.changes.sweepExpiredSuspensions(f.baohe, LocalDate.of(2026, 8, 31)))
                .isEmpty();
        assertThat(f.changes.sweepExpiredSuspensions(f.baohe, LocalDate.of(2026, 9, 1)))
                .containsExactly(senior.id());
        assertThat(f.changes.sweepExpiredSuspensions(f.baohe, LocalDate.of(2026, 9, 1)))
                .isEmpty();
        assertThat(f.student(senior.id()).status()).isEqualTo(RegistrationStatus.WITHDRAWN);
        assertThat(f.student(resuming.id()).status()).isEqualTo(RegistrationStatus.SUSPENDED);
        assertThat(f.student(pupil.id()).status()).isEqualTo(RegistrationStatus.SUSPENDED);
        assertThat(f.changes.history(f.seniorBaohe, senior.id())
                .entriesOf(HistoryKind.DEEMED_WITHDRAWN)).hasSize(1);
        assertThat(f.changes.sweepExpiredSuspensions(f.jinghu, LocalDate.of(2026, 9, 1)))
                .isEmpty();
        assertThatThrownBy(() -> f.changes.sweepExpiredSuspensions(f.seniorBaohe,
                LocalDate.of(2026, 9, 1))).isInstanceOf(AccessDeniedException.class);
    }
}
