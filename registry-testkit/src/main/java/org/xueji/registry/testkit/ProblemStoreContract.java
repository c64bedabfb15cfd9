package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.testkit.StorageFixtures.ANHUI;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.HEFEI;
import static org.xueji.registry.testkit.StorageFixtures.JINGHU;
import static org.xueji.registry.testkit.StorageFixtures.NOW;
import static org.xueji.registry.testkit.StorageFixtures.XUANWU;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.access.Scope;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.problem.ProblemKind;
import org.xueji.registry.problem.ProblemRecord;
import org.xueji.registry.spi.ProblemStore;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.StudentId;

/**
 * The contract of {@link ProblemStore}: entries kept with every field, listed oldest first
 * within a reader's scope, whether a division, a school or a branch school.
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
}
