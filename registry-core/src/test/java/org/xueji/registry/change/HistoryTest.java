package org.xueji.registry.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.change.ChangeFixture.proof;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.student.Student;

class HistoryTest {

    @Test
    void historyReadsBackEnrollmentChangesAndCorrectionsInOrderAndFollowsATransfer() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        f.clock.setDay(LocalDate.of(2025, 9, 2));
        f.changes.changeClass(f.primaryBaohe, pupil.id(), f.baoheOneB.id());
        f.clock.setDay(LocalDate.of(2025, 9, 3));
        ChangeCase returned = f.changes.applySuspension(f.primaryBaohe, pupil.id(),
                LocalDate.of(2025, 9, 3), "病休", proof());
        f.changes.returnCase(f.baohe, returned.id(), "缺证明");
        f.changes.withdraw(f.primaryBaohe, returned.id(), "不再休学");
        f.clock.setDay(LocalDate.of(2025, 9, 4));
        ChangeCase correction = f.changes.applyCorrection(f.primaryBaohe, pupil.id(),
                new ChangeDetails.KeyDataCorrection("王小明", null, null, null), "更名",
                proof());
        f.changes.approve(f.baohe, correction.id(), "");
        f.clock.setDay(LocalDate.of(2025, 9, 5));
        ChangeCase transfer = f.changes.applyTransfer(f.primaryShushan, pupil.id(),
                f.shushanOne.id(), "随迁", proof());
        f.changes.approve(f.shushan, transfer.id(), "");
        f.changes.approve(f.primaryBaohe, transfer.id(), "");
        f.changes.approve(f.baohe, transfer.id(), "");

        StudentHistory history = f.changes.history(f.primaryShushan, pupil.id());

        assertThat(history.entries()).extracting(HistoryEntry::kind).containsExactly(
                HistoryKind.COLLECTED, HistoryKind.SUBMITTED, HistoryKind.REGISTERED,
                HistoryKind.CLASS_CHANGE, HistoryKind.CHANGE_CASE, HistoryKind.CHANGE_CASE,
                HistoryKind.CHANGE_CASE);
        assertThat(history.cases()).extracting(ChangeCase::kind).containsExactly(
                ChangeKind.SUSPENSION, ChangeKind.KEY_DATA_CORRECTION, ChangeKind.TRANSFER);
        assertThat(history.cases()).extracting(ChangeCase::state).containsExactly(
                CaseState.WITHDRAWN, CaseState.COMPLETED, CaseState.COMPLETED);
        assertThat(history.cases().get(0).steps().get(0).decision())
                .isEqualTo(Decision.RETURNED);
        assertThat(history.cases().get(2).steps()).extracting(ApprovalStep::account)
                .containsExactly("shushan", f.primaryBaohe.account(), "baohe");
        assertThat(history.entries().get(0).at()).isBefore(history.entries().get(3).at());
    }

    @Test
    void onlyActorsWhoseScopeHoldsTheStudentNowReadTheHistory() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        ChangeCase transfer = f.changes.applyTransfer(f.primaryShushan, pupil.id(),
                f.shushanOne.id(), "随迁", proof());
        f.changes.approve(f.shushan, transfer.id(), "");
        f.changes.approve(f.primaryBaohe, transfer.id(), "");
        f.changes.approve(f.baohe, transfer.id(), "");

        assertThatThrownBy(() -> f.changes.history(f.primaryBaohe, pupil.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.changes.history(f.jinghu, pupil.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.changes.history(f.hefei, pupil.id()).cases()).hasSize(1);
        assertThat(f.changes.history(f.shushan, pupil.id()).entries())
                .extracting(HistoryEntry::kind).contains(HistoryKind.REGISTERED);
    }
}
