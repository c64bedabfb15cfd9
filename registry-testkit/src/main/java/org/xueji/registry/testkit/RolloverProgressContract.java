package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.JINGHU;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.RolloverCheckpoint;
import org.xueji.registry.calendar.RolloverEntry;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.RolloverProgress;
import org.xueji.registry.student.StudentId;

/**
 * The contract of {@link RolloverProgress}: a checkpoint per target year, stored only by a
 * compare-and-set whose expectation holds, so that of eight runners racing to start or to move
 * the same checkpoint exactly one wins; entries kept per target year in the order added, none of
 * a transaction that rolled back.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class RolloverProgressContract {

    private static final int THREADS = 8;
    private static final AcademicYear TARGET = AcademicYear.of(2026);
    private static final LocalDate AUGUST_FIRST = LocalDate.of(2026, 8, 1);
    private static final Scope SCHOOL = Scope.ofSchool(SchoolIdentifier.parse("2134000001"),
            BAOHE);
    private static final Scope OTHER_SCHOOL = Scope.ofSchool(
            SchoolIdentifier.parse("2134000004"), JINGHU);

    private RegistryStorage storage;
    private RolloverProgress progress;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void takeTheStore() {
        storage = storage();
        progress = storage.rollovers();
    }

    @Test
    void storesACheckpointOnlyWhenTheExpectedOneIsStored() {
        RolloverCheckpoint started = RolloverCheckpoint.start(TARGET, AUGUST_FIRST, 120);
        RolloverCheckpoint moved = started.after(StudentId.random(), 3, 4, 5).nextSegment();
        RolloverCheckpoint finished = moved.after(StudentId.random(), 1, 1, 1).finish();

        assertThat(progress.find(TARGET)).isEmpty();
        assertThat(progress.compareAndSet(null, started)).isTrue();
        assertThat(progress.compareAndSet(null, moved)).isFalse();
        assertThat(progress.compareAndSet(moved, finished)).isFalse();
        assertThat(progress.find(TARGET)).contains(started);
        assertThat(progress.compareAndSet(started, moved)).isTrue();
        assertThat(progress.compareAndSet(started, finished)).isFalse();
        assertThat(progress.compareAndSet(moved, finished)).isTrue();

        assertThat(progress.find(TARGET)).contains(finished);
        assertThat(progress.find(AcademicYear.of(2025))).isEmpty();
    }

    @Test
    void refusesCheckpointsOfTwoTargetYears() {
        RolloverCheckpoint started = RolloverCheckpoint.start(TARGET, AUGUST_FIRST, 1);

        assertThatThrownBy(() -> progress.compareAndSet(started,
                RolloverCheckpoint.start(AcademicYear.of(2027), AUGUST_FIRST, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void letsExactlyOneOfEightRunnersStartTheRollover() {
        List<Boolean> wins = race(runner -> progress.compareAndSet(null,
                RolloverCheckpoint.start(TARGET, AUGUST_FIRST, runner)));

        assertThat(wins).containsOnlyOnce(true);
        assertThat(progress.find(TARGET).orElseThrow().expected())
                .isEqualTo(wins.indexOf(true));
    }

    @Test
    void letsExactlyOneOfEightRunnersMoveTheSameCheckpointOn() {
        RolloverCheckpoint started = RolloverCheckpoint.start(TARGET, AUGUST_FIRST, 100);
        progress.compareAndSet(null, started);
        List<StudentId> lasts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            lasts.add(StudentId.random());
        }

        List<Boolean> wins = race(runner -> storage.unitOfWork().inTransaction(() ->
                progress.compareAndSet(started, started.after(lasts.get(runner), 0, 1, 0))));

        assertThat(wins).containsOnlyOnce(true);
        assertThat(progress.find(TARGET).orElseThrow().lastHandled())
                .contains(lasts.get(wins.indexOf(true)));
    }

    @Test
    void listsTheEntriesOfATargetYearInTheOrderAdded() {
        RolloverEntry first = new RolloverEntry(TARGET, StudentId.random(), SCHOOL, 6,
                RolloverEntry.Reason.NOT_GRADUATED);
        RolloverEntry second = new RolloverEntry(TARGET, StudentId.random(), OTHER_SCHOOL, 3,
                RolloverEntry.Reason.SUSPENDED);
        RolloverEntry third = new RolloverEntry(TARGET, StudentId.random(), SCHOOL, 1,
                RolloverEntry.Reason.NOT_REGISTERED);
        RolloverEntry earlier = new RolloverEntry(AcademicYear.of(2025), first.student(),
                SCHOOL, 5, RolloverEntry.Reason.SUSPENDED);

        progress.addEntries(List.of(first, second));
        progress.addEntries(List.of(earlier));
        progress.addEntries(List.of());
        progress.addEntries(List.of(third));

        assertThat(progress.entries(TARGET)).containsExactly(first, second, third);
        assertThat(progress.entries(AcademicYear.of(2025))).containsExactly(earlier);
        assertThat(progress.entries(AcademicYear.of(2027))).isEmpty();
    }

    @Test
    void keepsNoEntryNorCheckpointOfATransactionThatRolledBack() {
        RolloverCheckpoint started = RolloverCheckpoint.start(TARGET, AUGUST_FIRST, 10);
        RolloverEntry lost = new RolloverEntry(TARGET, StudentId.random(), SCHOOL, 6,
                RolloverEntry.Reason.NOT_GRADUATED);

        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            progress.addEntries(List.of(lost));
            progress.compareAndSet(null, started);
            throw new IllegalStateException("the work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(progress.entries(TARGET)).isEmpty();
        assertThat(progress.find(TARGET)).isEmpty();
        assertThat(progress.compareAndSet(null, started)).isTrue();
    }

    /**
     * Runs one attempt per runner with {@link Races}, letting the runners wait ten seconds for
     * each other, and returns in runner order whether each attempt won.
     */
    private static List<Boolean> race(IntFunction<Boolean> attempt) {
        return Races.race(THREADS, 10, 60, runner -> () -> attempt.apply(runner));
    }
}
