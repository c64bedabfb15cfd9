package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.testkit.Refusals.assertRefused;
import static org.xueji.registry.testkit.StorageFixtures.ANHUI;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.HEFEI;
import static org.xueji.registry.testkit.StorageFixtures.JINGHU;
import static org.xueji.registry.testkit.StorageFixtures.NOW;
import static org.xueji.registry.testkit.StorageFixtures.XUANWU;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.access.Scope;
import org.xueji.registry.change.CaseId;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.problem.ProblemFilter;
import org.xueji.registry.problem.ProblemId;
import org.xueji.registry.problem.ProblemKind;
import org.xueji.registry.problem.ProblemRecord;
import org.xueji.registry.problem.ProblemResolution;
import org.xueji.registry.problem.ResolutionKind;
import org.xueji.registry.spi.ProblemStore;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.StudentId;

/**
 * The contract of {@link ProblemStore}: entries kept with every field, listed oldest first
 * within a reader's scope, whether a division, a school or a branch school, by state and kind;
 * one open entry per kind and student; resolutions stored optimistically by version.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class ProblemStoreContract {

    private static final SchoolIdentifier CENTRAL = SchoolIdentifier.parse("2134000001");
    private static final SchoolIdentifier BRANCH = SchoolIdentifier.parse("2134000002");
    private static final SchoolIdentifier OTHER = SchoolIdentifier.parse("2134000004");

    private ProblemStore store;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void takeTheStore() {
        store = storage().problems();
    }

    @Test
    void listsTheEntriesWithinAScopeOldestFirst() {
        ProblemRecord central = new ProblemRecord(ProblemKind.DUPLICATE_SUSPECT,
                StudentId.random(), StudentId.random(), Scope.ofSchool(CENTRAL, BAOHE), NOW);
        ProblemRecord branch = new ProblemRecord(ProblemKind.NO_EARLIER_RECORD,
                StudentId.random(), null, Scope.ofBranchSchool(BRANCH, CENTRAL, BAOHE),
                NOW.plus(Duration.ofMinutes(1)));
        ProblemRecord jinghu = new ProblemRecord(ProblemKind.NO_EARLIER_RECORD,
                StudentId.random(), null, Scope.ofSchool(OTHER, JINGHU),
                NOW.plus(Duration.ofMinutes(2)));
        ProblemRecord later = new ProblemRecord(ProblemKind.NO_EARLIER_RECORD,
                StudentId.random(), null, Scope.ofSchool(CENTRAL, BAOHE),
                NOW.plus(Duration.ofMinutes(3)));

        for (ProblemRecord problem : new ProblemRecord[] {central, branch, jinghu, later}) {
            store.add(problem);
        }

        assertThat(store.listWithin(Scope.of(ANHUI)))
                .containsExactly(central, branch, jinghu, later);
        assertThat(store.listWithin(Scope.of(HEFEI))).containsExactly(central, branch, later);
        assertThat(store.listWithin(Scope.of(BAOHE))).containsExactly(central, branch, later);
        assertThat(store.listWithin(Scope.ofSchool(CENTRAL, BAOHE)))
                .containsExactly(central, branch, later);
        assertThat(store.listWithin(Scope.ofBranchSchool(BRANCH, CENTRAL, BAOHE)))
                .containsExactly(branch);
        assertThat(store.listWithin(Scope.ofSchool(OTHER, JINGHU))).containsExactly(jinghu);
        assertThat(store.listWithin(Scope.of(XUANWU))).isEmpty();
    }

    @Test
    void holdsNoEntriesAtFirst() {
        assertThat(store.listWithin(Scope.of(ANHUI))).isEmpty();
    }

    @Test
    void findsAnEntryByIdAndItsOpenEntryAndListsAStudentsEntries() {
        StudentId student = StudentId.random();
        ProblemRecord suspect = new ProblemRecord(ProblemKind.DUPLICATE_SUSPECT, student,
                StudentId.random(), Scope.ofSchool(CENTRAL, BAOHE), NOW);
        ProblemRecord noRecord = new ProblemRecord(ProblemKind.NO_EARLIER_RECORD, student, null,
                Scope.ofSchool(CENTRAL, BAOHE), NOW.plusSeconds(1));
        store.add(suspect);
        store.add(noRecord);
        store.add(new ProblemRecord(ProblemKind.NO_EARLIER_RECORD, StudentId.random(), null,
                Scope.ofSchool(CENTRAL, BAOHE), NOW));

        assertThat(store.find(suspect.id())).contains(suspect);
        assertThat(store.find(ProblemId.random())).isEmpty();
        assertThat(store.findOpen(ProblemKind.DUPLICATE_SUSPECT, student)).contains(suspect);
        assertThat(store.findOpen(ProblemKind.DUPLICATE_SUSPECT, StudentId.random())).isEmpty();
        assertThat(store.listForStudent(student)).containsExactly(suspect, noRecord);
    }

    @Test
    void refusesASecondOpenEntryOfTheSameKindAboutTheSameStudentButNotAfterResolution() {
        StudentId student = StudentId.random();
        ProblemRecord first = new ProblemRecord(ProblemKind.NO_EARLIER_RECORD, student, null,
                Scope.ofSchool(CENTRAL, BAOHE), NOW);
        store.add(first);

        assertRefused(() -> store.add(new ProblemRecord(ProblemKind.NO_EARLIER_RECORD, student,
                null, Scope.ofSchool(CENTRAL, BAOHE), NOW.plusSeconds(1))), ErrorCode.DUPLICATE);

        ProblemRecord resolved = store.update(first.resolvedBy(proof()));
        ProblemRecord second = new ProblemRecord(ProblemKind.NO_EARLIER_RECORD, student, null,
                Scope.ofSchool(CENTRAL, BAOHE), NOW.plusSeconds(2));
        store.add(second);
        assertThat(store.findOpen(ProblemKind.NO_EARLIER_RECORD, student)).contains(second);
        assertThat(store.listForStudent(student)).containsExactly(resolved, second);
    }

    @Test
    void storesAResolutionAtTheStoredVersionAndRefusesStaleOrUnknownEntries() {
        ProblemRecord problem = new ProblemRecord(ProblemKind.DUPLICATE_SUSPECT,
                StudentId.random(), StudentId.random(), Scope.ofBranchSchool(BRANCH, CENTRAL,
                        BAOHE), NOW);
        store.add(problem);
        ProblemResolution correction = new ProblemResolution(ResolutionKind.CORRECTION,
                "已更正\t姓名\n", List.of(), CaseId.random(), "county-admin", NOW.plusSeconds(9));

        ProblemRecord resolved = store.update(problem.resolvedBy(correction));

        assertThat(resolved).isEqualTo(problem.resolvedBy(correction).withVersion(1));
        assertThat(store.find(problem.id())).contains(resolved);
        assertThat(store.findOpen(ProblemKind.DUPLICATE_SUSPECT, problem.student())).isEmpty();
        assertRefused(() -> store.update(problem.resolvedBy(proof())), ErrorCode.STALE_VERSION);
        assertRefused(() -> store.update(new ProblemRecord(ProblemKind.DUPLICATE_SUSPECT,
                StudentId.random(), null, Scope.of(BAOHE), NOW)), ErrorCode.NOT_FOUND);
        assertThat(store.find(problem.id())).contains(resolved);
    }

    @Test
    void listsTheEntriesOfAStateAndKindWithinAScope() {
        ProblemRecord open = new ProblemRecord(ProblemKind.DUPLICATE_SUSPECT,
                StudentId.random(), null, Scope.ofSchool(CENTRAL, BAOHE), NOW);
        ProblemRecord toResolve = new ProblemRecord(ProblemKind.NO_EARLIER_RECORD,
                StudentId.random(), null, Scope.ofSchool(CENTRAL, BAOHE), NOW.plusSeconds(1));
        ProblemRecord elsewhere = new ProblemRecord(ProblemKind.NO_EARLIER_RECORD,
                StudentId.random(), null, Scope.ofSchool(OTHER, JINGHU), NOW.plusSeconds(2));
        store.add(open);
        store.add(toResolve);
        store.add(elsewhere);
        ProblemRecord resolved = store.update(toResolve.resolvedBy(proof()));

        assertThat(store.list(Scope.of(ANHUI), ProblemFilter.open()))
                .containsExactly(open, elsewhere);
        assertThat(store.list(Scope.of(BAOHE), ProblemFilter.resolved()))
                .containsExactly(resolved);
        assertThat(store.list(Scope.of(ANHUI), ProblemFilter.all()
                .ofKind(ProblemKind.NO_EARLIER_RECORD))).containsExactly(resolved, elsewhere);
        assertThat(store.list(Scope.of(HEFEI), ProblemFilter.open()
                .ofKind(ProblemKind.NO_EARLIER_RECORD))).isEmpty();
    }

    private static ProblemResolution proof() {
        return new ProblemResolution(ResolutionKind.PROOF, "户籍证明核实无误",
                List.of("户口本.pdf", "出生\n证明.jpg"), null, "county-admin", NOW.plusSeconds(5));
    }
}
