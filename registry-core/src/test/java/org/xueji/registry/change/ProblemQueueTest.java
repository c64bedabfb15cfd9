package org.xueji.registry.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.xueji.registry.change.ChangeFixture.proof;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditQuery;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.exchange.NationalField;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.DivisionDirectory;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.problem.ProblemFilter;
import org.xueji.registry.problem.ProblemKind;
import org.xueji.registry.problem.ProblemRecord;
import org.xueji.registry.problem.ProblemState;
import org.xueji.registry.problem.Problems;
import org.xueji.registry.problem.ResolutionKind;
import org.xueji.registry.problem.ScanReport;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentKey;

class ProblemQueueTest {

    private final ChangeFixture f = new ChangeFixture();
    private final Problems problems = f.registry.problems();

    @Test
    void aScanFindsEachKindAndARerunAddsNothingNew() {
        Student real = pupil();
        Student sameNumber = f.copyInto(real, f.baoheOneB);
        Student lookalike = withoutIdentity(f.copyInto(real, f.baoheTwo));
        Student classless = store(withoutIdentity(f.copyInto(real, f.baoheSix)).toBuilder()
                .classId(ClassId.of(ChangeFixture.PRIMARY_BAOHE, AcademicYear.of(2025), 9))
                .build());

        ScanReport first = problems.scan(f.baohe, ChangeFixture.BAOHE);

        assertThat(first.scanned()).isEqualTo(4);
        assertThat(first.added()).extracting(ProblemRecord::kind, ProblemRecord::student)
                .containsExactlyInAnyOrder(
                        tuple(ProblemKind.DUPLICATE_IDENTITY,
                                sameNumber.id()),
                        tuple(ProblemKind.DUPLICATE_SUSPECT,
                                lookalike.id()),
                        tuple(ProblemKind.DUPLICATE_SUSPECT,
                                classless.id()),
                        tuple(ProblemKind.CLASS_MISSING,
                                classless.id()));
        assertThat(first.added()).filteredOn(p -> p.kind() == ProblemKind.DUPLICATE_IDENTITY)
                .singleElement().extracting(ProblemRecord::relatedStudent).isEqualTo(real.id());

        ScanReport second = problems.scan(f.hefei, ChangeFixture.BAOHE);

        assertThat(second.found()).isEqualTo(4);
        assertThat(second.newCount()).isZero();
        assertThat(second.alreadyOpen()).isEqualTo(4);
        assertThat(problems.list(f.baohe, ProblemFilter.open())).hasSize(4);
    }

    @Test
    void aScanReportsIdentityNumbersThatADivisionDirectoryRejects() {
        ChangeFixture strict = new ChangeFixture(RegistryPolicy.anhui().withDivisionDirectory(
                DivisionDirectory.of(List.of(ChangeFixture.SHUSHAN))));
        Student pupil = strict.registeredPupil(strict.primaryBaohe, ChangeFixture.PRIMARY_BAOHE,
                strict.baohe);

        ScanReport report = strict.registry.problems().scan(strict.baohe, ChangeFixture.BAOHE);

        assertThat(report.added()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.IDENTITY_NUMBER_INVALID);
            assertThat(problem.student()).isEqualTo(pupil.id());
        });
        assertThat(problems.scan(f.baohe, ChangeFixture.BAOHE).found()).isZero();
    }

    @Test
    void onlyAnAuthorityScansAndOnlyInsideItsArea() {
        assertThatThrownBy(() -> problems.scan(f.primaryBaohe, ChangeFixture.BAOHE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> problems.scan(f.jinghu, ChangeFixture.BAOHE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDismissalWithProofResolvesTheEntryAndARescanDoesNotRaiseItAgain() {
        ProblemRecord open = lookalikeProblem();

        ProblemRecord resolved = problems.resolveByProof(f.baohe, open.id(), "双胞胎，非重复",
                List.of("出生医学证明-01"));

        assertThat(resolved.state()).isEqualTo(ProblemState.RESOLVED);
        assertThat(resolved.resolution().kind()).isEqualTo(ResolutionKind.PROOF);
        assertThat(resolved.resolution().account()).isEqualTo("baohe");
        assertThat(resolved.version()).isEqualTo(open.version() + 1);
        ScanReport rescan = problems.scan(f.baohe, ChangeFixture.BAOHE);
        assertThat(rescan.newCount()).isZero();
        assertThat(rescan.dismissed()).isEqualTo(1);
        assertThat(problems.list(f.baohe, ProblemFilter.resolved())).containsExactly(resolved);
        assertThatThrownBy(() -> problems.resolveByProof(f.baohe, open.id(), "再次", proof()))
                .isInstanceOfSatisfying(RegistryException.class,
                        ex -> assertThat(ex.code()).isEqualTo(ErrorCode.PROBLEM_RESOLVED));
    }

    @Test
    void aCorrectionResolvesTheEntryOnlyOnceItsCaseIsCompleted() {
        ProblemRecord open = lookalikeProblem();
        ChangeCase correction = f.changes.applyCorrection(f.primaryBaohe, open.student(),
                new ChangeDetails.KeyDataCorrection("王小明", null, null, null), "姓名录错",
                proof());

        assertThatThrownBy(() -> problems.resolveByCorrection(f.baohe, open.id(),
                correction.id(), "")).isInstanceOfSatisfying(RegistryException.class,
                        ex -> assertThat(ex.code()).isEqualTo(ErrorCode.CASE_STATE));
        f.changes.approve(f.baohe, correction.id(), "");
        ProblemRecord resolved = problems.resolveByCorrection(f.baohe, open.id(),
                correction.id(), "已更正姓名");

        assertThat(resolved.resolution().correctionCaseIfAny()).contains(correction.id());
        assertThat(f.changes.history(f.primaryBaohe, open.student())
                .entriesOf(HistoryKind.PROBLEM_RESOLVED)).singleElement()
                .satisfies(entry -> assertThat(entry.facts())
                        .containsEntry("resolution", "CORRECTION")
                        .containsEntry("correctionCase", correction.id().toString()));
    }

    @Test
    void aDeletionFreesTheDuplicatesKeySoTheRealRecordCanBeCorrected() {
        Student duplicate = pupil();
        Student real = store(withoutIdentity(f.copyInto(duplicate, f.baoheOneB)).toBuilder()
                .registryNumber(RegistryNumber.assigned(ChangeFixture.BAOHE,
                        duplicate.details().birthDate(), 7))
                .build());
        ProblemRecord open = problems.scan(f.baohe, ChangeFixture.BAOHE).added().get(0);
        assertThat(open.related()).contains(duplicate.id());
        IdentityNumber number = duplicate.identityDocument().orElseThrow().identityNumber()
                .orElseThrow();
        ChangeDetails.KeyDataCorrection toNumber =
                new ChangeDetails.KeyDataCorrection(null, null, null, number);
        assertThatThrownBy(() -> f.changes.applyCorrection(f.primaryBaohe, real.id(), toNumber,
                "补录身份证号", proof())).isInstanceOfSatisfying(RegistryException.class,
                        ex -> assertThat(ex.code()).isEqualTo(ErrorCode.DUPLICATE));

        problems.resolveByDeletion(f.baohe, open.id(), duplicate.id(), "重复建籍");
        ChangeCase correction = f.changes.applyCorrection(f.primaryBaohe, real.id(), toNumber,
                "补录身份证号", proof());
        f.changes.approve(f.baohe, correction.id(), "");

        Student corrected = f.student(real.id());
        assertThat(corrected.key()).isEqualTo(StudentKey.ofIdentityNumber(number));
        assertThat(corrected.registryNumber()).isEqualTo(duplicate.registryNumber());
        assertThat(f.student(duplicate.id()).status()).isEqualTo(RegistrationStatus.DELETED);
        assertThat(f.storage.students().findByKey(StudentKey.ofIdentityNumber(number))
                .map(Student::id)).contains(real.id());
    }

    @Test
    void aDeletionResolvesTheDeletedStudentsOtherOpenEntriesAndShowsInItsHistory() {
        Student real = pupil();
        Student classless = store(withoutIdentity(f.copyInto(real, f.baoheSix)).toBuilder()
                .classId(ClassId.of(ChangeFixture.PRIMARY_BAOHE, AcademicYear.of(2025), 9))
                .build());
        problems.scan(f.baohe, ChangeFixture.BAOHE);
        ProblemRecord suspect = problems.list(f.baohe,
                ProblemFilter.open().ofKind(ProblemKind.DUPLICATE_SUSPECT)).get(0);

        problems.resolveByDeletion(f.baohe, suspect.id(), classless.id(), "重复建籍");

        assertThat(problems.list(f.baohe, ProblemFilter.open())).isEmpty();
        assertThat(problems.list(f.baohe, ProblemFilter.resolved()))
                .extracting(p -> p.resolution().kind())
                .containsOnly(ResolutionKind.DELETION).hasSize(2);
        StudentHistory history = f.changes.history(f.baohe, classless.id());
        assertThat(history.entries()).extracting(HistoryEntry::kind)
                .containsSubsequence(HistoryKind.RECORD_DELETED, HistoryKind.PROBLEM_RESOLVED);
        assertThat(history.entriesOf(HistoryKind.PROBLEM_RESOLVED)).hasSize(2);
        assertThat(f.storage.auditTrail().find(Scope.of(ChangeFixture.ANHUI), AuditQuery.all()
                .forAction(AuditAction.DELETE_STUDENT))).hasSize(1);
    }

    @Test
    void aSchoolCannotResolveAndTheRefusalIsAudited() {
        ProblemRecord open = lookalikeProblem();

        assertThatThrownBy(() -> problems.resolveByProof(f.primaryBaohe, open.id(), "不是重复",
                proof())).isInstanceOf(AccessDeniedException.class);

        assertThat(f.storage.auditTrail().find(Scope.of(ChangeFixture.ANHUI), AuditQuery.all()
                .forAction(AuditAction.RESOLVE_PROBLEM)
                .withOutcome(AuditEntry.Outcome.REFUSED))).hasSize(1);
        assertThat(problems.find(f.primaryBaohe, open.id()).isOpen()).isTrue();
    }

    @Test
    void anAuthorityOutsideTheAreaCannotResolve() {
        ProblemRecord open = lookalikeProblem();

        assertThatThrownBy(() -> problems.resolveByDeletion(f.jinghu, open.id(), open.student(),
                "重复")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> problems.resolveByProof(f.shushan, open.id(), "不是重复",
                proof())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCityOrTheProvinceCannotActForTheCounty() {
        ProblemRecord open = lookalikeProblem();

        assertThatThrownBy(() -> problems.resolveByProof(f.hefei, open.id(), "不是重复",
                proof())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> problems.resolveByDeletion(f.province, open.id(),
                open.student(), "重复")).isInstanceOf(AccessDeniedException.class);
        assertThat(problems.list(f.hefei, ProblemFilter.open())).containsExactly(open);
    }

    @Test
    void aDeletedRecordIsVisibleToItsSchoolAndCountyOnly() {
        ProblemRecord open = lookalikeProblem();
        problems.resolveByDeletion(f.baohe, open.id(), open.student(), "重复建籍");
        var enrollment = f.registry.enrollment();
        String deletedNumber = f.student(open.student()).regionalNumber().value();

        for (Actor reader : List.of(f.primaryBaohe, f.baohe)) {
            assertThat(enrollment.find(reader, open.student()).status())
                    .isEqualTo(RegistrationStatus.DELETED);
            assertThat(enrollment.list(reader, ChangeFixture.PRIMARY_BAOHE,
                    RegistrationStatus.DELETED)).hasSize(1);
            assertThat(problems.list(reader, ProblemFilter.resolved())).hasSize(1);
            assertThat(f.changes.history(reader, open.student()).entries()).isNotEmpty();
        }
        for (Actor above : List.of(f.hefei, f.province)) {
            assertThatThrownBy(() -> enrollment.find(above, open.student()))
                    .isInstanceOfSatisfying(RegistryException.class,
                            ex -> assertThat(ex.code()).isEqualTo(ErrorCode.NOT_FOUND));
            assertThat(enrollment.list(above, ChangeFixture.PRIMARY_BAOHE,
                    RegistrationStatus.DELETED)).isEmpty();
            assertThat(problems.list(above, ProblemFilter.resolved())).isEmpty();
            assertThatThrownBy(() -> f.changes.history(above, open.student()))
                    .isInstanceOf(RegistryException.class);
            assertThat(exported(above)).doesNotContain(deletedNumber);
            assertThat(f.registry.exchange().changesSince(above, 0, 1000).records())
                    .extracting(record -> record.get(NationalField.REGIONAL_NUMBER))
                    .doesNotContain(deletedNumber);
        }
        assertThat(exported(f.baohe)).contains(deletedNumber);
        assertThat(exported(f.hefei)).isNotEmpty();
        for (Actor outside : List.of(f.primaryBaohe2, f.shushan, f.jinghu)) {
            assertThatThrownBy(() -> enrollment.find(outside, open.student()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(f.storage.students().findByPerson(f.student(open.student()).details().name(),
                f.student(open.student()).details().sex(),
                f.student(open.student()).details().birthDate())).hasSize(1);
    }

    @Test
    void aDeletedBranchRecordIsVisibleToTheCentralSchoolButNotToAnotherBranch() {
        SchoolIdentifier branch = SchoolIdentifier.parse("2134000021");
        SchoolIdentifier otherBranch = SchoolIdentifier.parse("2134000022");
        DivisionCode baohe = ChangeFixture.BAOHE;
        Student template = pupil();
        Student deleted = template.toBuilder()
                .place(Scope.ofBranchSchool(branch, ChangeFixture.PRIMARY_BAOHE, baohe))
                .classId(ClassId.of(branch, AcademicYear.of(2025), 1))
                .status(RegistrationStatus.DELETED).build();

        assertThat(deleted.isVisibleTo(Scope.ofSchool(ChangeFixture.PRIMARY_BAOHE, baohe)))
                .isTrue();
        assertThat(deleted.isVisibleTo(Scope.ofBranchSchool(branch, ChangeFixture.PRIMARY_BAOHE,
                baohe))).isTrue();
        assertThat(deleted.isVisibleTo(Scope.of(baohe))).isTrue();
        assertThat(deleted.isVisibleTo(Scope.ofBranchSchool(otherBranch,
                ChangeFixture.PRIMARY_BAOHE, baohe))).isFalse();
        assertThat(deleted.isVisibleTo(Scope.of(ChangeFixture.HEFEI))).isFalse();
        assertThat(deleted.isVisibleTo(Scope.of(ChangeFixture.ANHUI))).isFalse();
        assertThat(deleted.toBuilder().status(RegistrationStatus.REGISTERED).build()
                .isVisibleTo(Scope.of(ChangeFixture.ANHUI))).isTrue();
    }

    private Student pupil() {
        return f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
    }

    /** Registers a pupil and stores a lookalike without an identity number; scans for it. */
    /** The regional numbers of the students an actor's national export holds. */
    private List<String> exported(Actor actor) {
        List<String> numbers = new ArrayList<>();
        f.registry.exchange().export(actor,
                record -> numbers.add(record.get(NationalField.REGIONAL_NUMBER)));
        return numbers;
    }

    private ProblemRecord lookalikeProblem() {
        Student real = pupil();
        withoutIdentity(f.copyInto(real, f.baoheOneB));
        return problems.scan(f.baohe, ChangeFixture.BAOHE).added().get(0);
    }

    private Student withoutIdentity(Student stored) {
        return store(f.student(stored.id()).toBuilder().identityDocument(null).build());
    }

    private Student store(Student changed) {
        return f.storage.unitOfWork().inTransaction(
                () -> f.storage.students().update(changed));
    }
}
