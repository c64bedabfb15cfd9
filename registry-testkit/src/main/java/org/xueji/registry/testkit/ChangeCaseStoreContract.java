package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.testkit.Refusals.assertRefused;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.HEFEI;
import static org.xueji.registry.testkit.StorageFixtures.NOW;
import static org.xueji.registry.testkit.StorageFixtures.XUANWU;
import static org.xueji.registry.testkit.StorageFixtures.school;
import static org.xueji.registry.testkit.StorageFixtures.schoolClass;
import static org.xueji.registry.testkit.StudentFixtures.student;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.Scope;
import org.xueji.registry.change.CaseId;
import org.xueji.registry.change.CaseState;
import org.xueji.registry.change.ChangeCase;
import org.xueji.registry.change.ChangeDetails;
import org.xueji.registry.change.ChangeKind;
import org.xueji.registry.change.Decision;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.spi.ChangeCaseStore;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;

/**
 * The contract of {@link ChangeCaseStore}: a lossless round trip of a case of every kind, its
 * details, steps, proofs and texts with line breaks, tabs and equals signs included; refusal of a
 * second case with the same id; optimistic versions; a student's cases in application order, all
 * or the open ones; and an approver's inbox by the scope of each case's current step. Students
 * are stored first, as the registry stores them.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class ChangeCaseStoreContract {

    private final School school = school("2134000001", BAOHE, "包河区大圩中心学校");
    private final School branch = StorageFixtures.branch("2134000002", school, "大圩分校");
    private final SchoolClass schoolClass = schoolClass(school, 2025, 1, "一年级（1）班");
    private final SchoolClass branchClass = schoolClass(branch, 2025, 1, "一年级（1）班");
    private Student student;
    private Student other;
    private Student branchStudent;
    private ChangeCaseStore store;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void storeStudents() {
        RegistryStorage storage = storage();
        storage.schools().insert(school);
        storage.schools().insert(branch);
        storage.classes().insert(schoolClass);
        storage.classes().insert(branchClass);
        student = student(school, schoolClass, "张小花", 1);
        other = student(school, schoolClass, "李小草", 2);
        branchStudent = student(branch, branchClass, "王小树", 3);
        storage.students().insert(student);
        storage.students().insert(other);
        storage.students().insert(branchStudent);
        store = storage.changeCases();
    }

    @ParameterizedTest
    @EnumSource(ChangeKind.class)
    void findsEveryFieldOfACaseOfEachKind(ChangeKind kind) {
        ChangeCase stored = ChangeCaseFixtures.approving(student,
                ChangeCaseFixtures.details(kind, student), NOW);

        store.insert(stored);

        ChangeCase found = store.find(stored.id()).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.details()).isEqualTo(stored.details());
        assertThat(found.steps()).isEqualTo(stored.steps());
        assertThat(found.proofs()).containsExactly("证明一.pdf", "", ChangeCaseFixtures.AWKWARD);
        assertThat(store.find(CaseId.random())).isEmpty();
    }

    @Test
    void keepsAClosedCaseWithItsClosingTimeAndACorrectionOfTheNameOnly() {
        ChangeCase nameOnly = ChangeCaseFixtures.approving(student,
                new ChangeDetails.KeyDataCorrection("张小华", null,
                        null, null), NOW);
        ChangeCase closed = ChangeCaseFixtures.closed(nameOnly, CaseState.WITHDRAWN);

        store.insert(closed);

        assertThat(store.find(closed.id())).contains(closed);
        assertThat(store.find(closed.id()).orElseThrow().closedAt())
                .contains(NOW.plusSeconds(3600));
    }

    @Test
    void refusesASecondCaseWithTheSameId() {
        ChangeCase first = ChangeCaseFixtures.approving(student,
                ChangeCaseFixtures.details(ChangeKind.DROPOUT, student), NOW);
        store.insert(first);
        ChangeCase again = ChangeCaseFixtures.awaiting(other, other.place(), NOW).toBuilder()
                .id(first.id()).build();

        assertRefused(() -> store.insert(again),
                StoreFailures.duplicate(RecordKind.CHANGE_CASE, first.id()));

        assertThat(store.find(first.id())).contains(first);
    }

    @Test
    void updatesACaseAtTheVersionItWasReadAndRefusesAStaleOrUnknownOne() {
        ChangeCase applied = ChangeCaseFixtures.approving(student,
                ChangeCaseFixtures.details(ChangeKind.WITHDRAWAL, student), NOW);
        store.insert(applied);
        ChangeCase decided = applied.toBuilder()
                .step(1, applied.steps().get(1).decided(Decision.APPROVED, "bureau",
                        NOW.plusSeconds(60), "准予"))
                .state(CaseState.COMPLETED).closedAt(NOW.plusSeconds(60)).build();

        ChangeCase updated = store.update(decided);

        assertThat(updated.version()).isEqualTo(1);
        assertThat(store.find(applied.id())).contains(updated);
        assertRefused(() -> store.update(decided), StoreFailures.staleVersion(
                RecordKind.CHANGE_CASE, applied.id(), 0, 1));
        ChangeCase unknown = ChangeCaseFixtures.awaiting(other, other.place(), NOW);
        assertRefused(() -> store.update(unknown),
                StoreFailures.notFound(RecordKind.CHANGE_CASE, unknown.id()));
        assertThat(store.find(applied.id())).contains(updated);
    }

    @Test
    void listsAStudentsCasesInApplicationOrderAndTheOpenOnesApart() {
        ChangeCase late = ChangeCaseFixtures.awaiting(student, student.place(),
                NOW.plusSeconds(120));
        ChangeCase early = ChangeCaseFixtures.closed(ChangeCaseFixtures.awaiting(student,
                student.place(), NOW), CaseState.COMPLETED);
        ChangeCase middle = ChangeCaseFixtures.closed(ChangeCaseFixtures.awaiting(student,
                student.place(), NOW.plusSeconds(60)), CaseState.RETURNED);
        ChangeCase others = ChangeCaseFixtures.awaiting(other, other.place(), NOW);
        for (ChangeCase changeCase : List.of(late, early, others, middle)) {
            store.insert(changeCase);
        }

        assertThat(store.listForStudent(student.id())).containsExactly(early, middle, late);
        assertThat(store.listOpenForStudent(student.id())).containsExactly(middle, late);
        assertThat(store.listForStudent(StudentId.random())).isEmpty();
    }

    @Test
    void listsAnApproversInboxByTheScopeOfEachCasesCurrentStep() {
        ChangeCase atCounty = ChangeCaseFixtures.approving(student,
                ChangeCaseFixtures.details(ChangeKind.TRANSFER, student), NOW);
        ChangeCase atSchool = ChangeCaseFixtures.awaiting(other, other.place(),
                NOW.plusSeconds(1));
        Scope branchScope = Scope.ofBranchSchool(branch.identifier(), school.identifier(), BAOHE);
        ChangeCase atBranch = ChangeCaseFixtures.awaiting(branchStudent, branchScope,
                NOW.plusSeconds(2));
        ChangeCase done = ChangeCaseFixtures.closed(ChangeCaseFixtures.awaiting(student,
                student.place(), NOW), CaseState.WITHDRAWN);
        for (ChangeCase changeCase : List.of(atBranch, done, atSchool, atCounty)) {
            store.insert(changeCase);
        }

        assertThat(store.listPendingFor(Scope.of(BAOHE))).containsExactly(atCounty);
        assertThat(store.listPendingFor(Scope.of(HEFEI))).isEmpty();
        assertThat(store.listPendingFor(student.place())).containsExactly(atSchool, atBranch);
        assertThat(store.listPendingFor(branchScope)).containsExactly(atBranch);

        ChangeCase returned = store.update(atCounty.toBuilder()
                .step(1, atCounty.steps().get(1).decided(Decision.RETURNED, "bureau",
                        NOW.plusSeconds(60), "材料不全"))
                .state(CaseState.RETURNED).build());
        ChangeCase reopened = store.update(returned.toBuilder()
                .step(1, returned.steps().get(1).reached(LocalDate.of(2025, 9, 20)))
                .state(CaseState.APPROVING).build());

        assertThat(store.listPendingFor(Scope.of(BAOHE))).containsExactly(reopened);
        assertThat(store.listPendingFor(student.place())).containsExactly(atSchool, atBranch);
    }

    @Test
    void countsTheCasesCompletedWithinADivisionAndATimeByKind() {
        ChangeCase dropout = ChangeCaseFixtures.closed(ChangeCaseFixtures.approving(student,
                ChangeCaseFixtures.details(ChangeKind.DROPOUT, student), NOW),
                CaseState.COMPLETED);
        ChangeCase suspension = ChangeCaseFixtures.closed(ChangeCaseFixtures.awaiting(other,
                other.place(), NOW), CaseState.COMPLETED);
        ChangeCase branchSuspension = ChangeCaseFixtures.closed(ChangeCaseFixtures.awaiting(
                branchStudent, branchStudent.place(), NOW), CaseState.COMPLETED);
        ChangeCase withdrawn = ChangeCaseFixtures.closed(ChangeCaseFixtures.awaiting(student,
                student.place(), NOW), CaseState.WITHDRAWN);
        ChangeCase open = ChangeCaseFixtures.awaiting(other, other.place(), NOW);
        for (ChangeCase changeCase : List.of(dropout, suspension, branchSuspension, withdrawn,
                open)) {
            store.insert(changeCase);
        }
        Instant closedAt = dropout.closedAt().orElseThrow();

        assertThat(store.countCompletedWithin(BAOHE, closedAt, closedAt.plusSeconds(1)))
                .isEqualTo(Map.of(dropout.kind(), 1L, suspension.kind(), 2L));
        assertThat(store.countCompletedWithin(BAOHE, closedAt.plusSeconds(1),
                closedAt.plusSeconds(2))).isEmpty();
        assertThat(store.countCompletedWithin(BAOHE, closedAt.minusSeconds(1), closedAt))
                .isEmpty();
        assertThat(store.countCompletedWithin(XUANWU, NOW, closedAt.plusSeconds(1))).isEmpty();
    }
}
