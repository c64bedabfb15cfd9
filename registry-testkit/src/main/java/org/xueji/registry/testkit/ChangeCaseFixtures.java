package org.xueji.registry.testkit;

import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.JINGHU;
import static org.xueji.registry.testkit.StorageFixtures.NOW;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.xueji.registry.access.Scope;
import org.xueji.registry.change.ApprovalStep;
import org.xueji.registry.change.CaseId;
import org.xueji.registry.change.CaseState;
import org.xueji.registry.change.ChangeCase;
import org.xueji.registry.change.ChangeDetails;
import org.xueji.registry.change.ChangeKind;
import org.xueji.registry.change.Decision;
import org.xueji.registry.change.Party;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.code.Sex;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.student.Student;

/**
 * Change cases for the contracts: one of each kind with every field set, texts that hold line
 * breaks, tabs, backslashes and equals signs, and a first step decided and a second awaiting a
 * decision.
 */
final class ChangeCaseFixtures {

    /** Text that a line- or key-based format must carry through intact. */
    static final String AWKWARD = "第一行\n第二行\t制表=符\\反斜杠\r";

    private static final SchoolIdentifier RECEIVING = SchoolIdentifier.parse("2134000004");

    private ChangeCaseFixtures() {
    }

    /** Returns details of a kind, with every optional value set. */
    static ChangeDetails details(ChangeKind kind, Student student) {
        ClassId toClass = ClassId.of(student.school(), student.cohort(), 2);
        LocalDate day = LocalDate.of(2025, 10, 8);
        switch (kind) {
            case TRANSFER:
                return new ChangeDetails.Transfer(student.classId(), student.place(),
                        ClassId.of(RECEIVING, student.cohort(), 1),
                        Scope.ofSchool(RECEIVING, JINGHU));
            case SUSPENSION:
                return new ChangeDetails.Suspension(day, day.plusYears(1));
            case RESUMPTION:
                return new ChangeDetails.Resumption(toClass);
            case WITHDRAWAL:
                return new ChangeDetails.Withdrawal(day);
            case DROPOUT:
                return new ChangeDetails.Dropout(day);
            case DEATH:
                return new ChangeDetails.Death(day, day.plusDays(30));
            case GRADE_SKIP:
                return new ChangeDetails.GradeSkip(toClass);
            default:
                return new ChangeDetails.KeyDataCorrection("张=小花\\二", Sex.MALE,
                        StudentFixtures.BIRTH_DATE.plusDays(1), IdentityNumber.parse(
                                StudentFixtures.identityNumber(StudentFixtures.BIRTH_DATE,
                                        Sex.MALE, 9)));
        }
    }

    /**
     * Returns a case being approved: the school's step approved, the county authority's
     * awaiting a decision.
     */
    static ChangeCase approving(Student student, ChangeDetails details, Instant appliedAt) {
        Scope school = student.place();
        return ChangeCase.builder()
                .id(CaseId.random())
                .student(student.id(), school, SchoolStage.PRIMARY)
                .applicant(Party.SCHOOL, school, "school-admin", appliedAt)
                .reason("家长工作调动" + AWKWARD, List.of("证明一.pdf", "", AWKWARD))
                .details(details)
                .steps(List.of(ApprovalStep.pending(Party.SCHOOL, school)
                                .reached(LocalDate.of(2025, 9, 5))
                                .decided(Decision.APPROVED, "principal", NOW.plusNanos(123_456_789),
                                        "同意" + AWKWARD),
                        ApprovalStep.pending(Party.COUNTY_AUTHORITY, Scope.of(BAOHE))
                                .reached(LocalDate.of(2025, 9, 12))))
                .state(CaseState.APPROVING)
                .note(AWKWARD)
                .build();
    }

    /** Returns a case of the student awaiting its first step, at a school scope. */
    static ChangeCase awaiting(Student student, Scope stepScope, Instant appliedAt) {
        return ChangeCase.builder()
                .id(CaseId.random())
                .student(student.id(), student.place(), SchoolStage.PRIMARY)
                .applicant(Party.SCHOOL, student.place(), "school-admin", appliedAt)
                .reason("休学", List.of())
                .details(new ChangeDetails.Suspension(LocalDate.of(2025, 10, 8),
                        LocalDate.of(2026, 10, 7)))
                .steps(List.of(ApprovalStep.pending(Party.SCHOOL, stepScope)))
                .build();
    }

    /** Returns a case closed in a state, at the version it was read. */
    static ChangeCase closed(ChangeCase open, CaseState state) {
        return open.toBuilder().state(state).closedAt(NOW.plusSeconds(3600)).build();
    }
}
