package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.NOW;
import static org.xueji.registry.testkit.StudentFixtures.BIRTH_DATE;
import static org.xueji.registry.testkit.StudentFixtures.identityNumber;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.RolloverEntry;
import org.xueji.registry.code.Sex;
import org.xueji.registry.event.DomainEvent;
import org.xueji.registry.event.FeedEntry;
import org.xueji.registry.event.ProblemResolved;
import org.xueji.registry.event.RegistryNumberReplaced;
import org.xueji.registry.event.SchoolCreated;
import org.xueji.registry.event.StudentKeptGrade;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.problem.ProblemId;
import org.xueji.registry.problem.ProblemKind;
import org.xueji.registry.problem.ResolutionKind;
import org.xueji.registry.spi.EventFeed;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.StudentId;

/**
 * The contract of {@link EventFeed}: the committed events read back as published, each once, by
 * increasing positive positions; events of rolled-back transactions never read; and concurrent
 * writers never making a reader skip an event.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class EventFeedContract {

    private static final SchoolIdentifier SCHOOL = SchoolIdentifier.parse("2134000001");
    private static final Scope PLACE = Scope.ofSchool(SCHOOL, BAOHE);
    private static final int WRITERS = 4;
    private static final int TRANSACTIONS = 10;

    private RegistryStorage storage;
    private EventFeed feed;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void openTheFeed() {
        storage = storage();
        feed = storage.eventFeed();
    }

    @Test
    void readsEachCommittedEventOnceAcrossTwoPollsAsItWasPublished() {
        List<DomainEvent> events = List.of(
                new SchoolCreated(NOW, PLACE, SCHOOL, 0),
                new RegistryNumberReplaced(NOW.plusSeconds(1), PLACE, StudentId.random(),
                        registryNumber(1), registryNumber(2), 3),
                new ProblemResolved(NOW.plusSeconds(2), PLACE, ProblemId.random(),
                        ProblemKind.DUPLICATE_SUSPECT, StudentId.random(), ResolutionKind.PROOF,
                        1),
                new StudentKeptGrade(NOW.plusSeconds(3), PLACE, StudentId.random(),
                        AcademicYear.of(2026), RolloverEntry.Reason.SUSPENDED, 4));
        storage.unitOfWork().inTransaction(() -> {
            events.forEach(storage.events()::publish);
            return null;
        });

        List<FeedEntry> first = feed.readAfter(0, 3);
        List<FeedEntry> second = feed.readAfter(first.get(first.size() - 1).position(), 3);

        assertThat(first).hasSize(3);
        assertThat(second).hasSize(1);
        List<FeedEntry> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(all).extracting(FeedEntry::event).containsExactlyElementsOf(events);
        assertThat(all).extracting(FeedEntry::position).isSorted().doesNotHaveDuplicates()
                .allSatisfy(position -> assertThat(position).isPositive());
        assertThat(feed.readAfter(second.get(0).position(), 3)).isEmpty();
    }

    @Test
    void readsABatchPublishedTogetherInItsOrderAfterAnEventPublishedAlone() {
        DomainEvent alone = new SchoolCreated(NOW, PLACE, SCHOOL, 0);
        List<DomainEvent> batch = List.of(
                new RegistryNumberReplaced(NOW.plusSeconds(1), PLACE, StudentId.random(),
                        registryNumber(1), registryNumber(2), 3),
                new StudentKeptGrade(NOW.plusSeconds(2), PLACE, StudentId.random(),
                        AcademicYear.of(2026), RolloverEntry.Reason.SUSPENDED, 4),
                new SchoolCreated(NOW.plusSeconds(3), PLACE, SCHOOL, 1));
        storage.unitOfWork().inTransaction(() -> {
            storage.events().publish(alone);
            storage.events().publishAll(batch);
            storage.events().publishAll(List.of());
            return null;
        });

        List<FeedEntry> all = feed.readAfter(0, 10);

        List<DomainEvent> expected = new ArrayList<>(List.of(alone));
        expected.addAll(batch);
        assertThat(all).extracting(FeedEntry::event).containsExactlyElementsOf(expected);
        assertThat(all).extracting(FeedEntry::position).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void neverReadsTheEventsOfARolledBackTransaction() {
        DomainEvent kept = new SchoolCreated(NOW, PLACE, SCHOOL, 0);
        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            storage.events().publish(new SchoolCreated(NOW, PLACE, SCHOOL, 9));
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);
        storage.unitOfWork().inTransaction(() -> {
            storage.events().publish(kept);
            return null;
        });

        assertThat(feed.readAfter(0, 10)).extracting(FeedEntry::event).containsExactly(kept);
    }

    @Test
    void refusesANegativePositionOrALimitBelowOne() {
        assertThatThrownBy(() -> feed.readAfter(-1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> feed.readAfter(0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void letsNoConcurrentWriterMakeAReaderSkipAnEvent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int t = 0; t < TRANSACTIONS; t++) {
                        int version = writer * 1000 + t * 2;
                        storage.unitOfWork().inTransaction(() -> {
                            storage.events().publish(new SchoolCreated(NOW, PLACE, SCHOOL,
                                    version));
                            pause();
                            storage.events().publish(new SchoolCreated(NOW, PLACE, SCHOOL,
                                    version + 1));
                            return null;
                        });
                    }
                    return null;
                }));
            }
            Future<List<FeedEntry>> reader = pool.submit(() -> {
                List<FeedEntry> read = new ArrayList<>();
                long position = 0;
                boolean last = false;
                while (!last) {
                    last = !writing.get();
                    List<FeedEntry> page = feed.readAfter(position, 3);
                    while (!page.isEmpty()) {
                        read.addAll(page);
                        position = page.get(page.size() - 1).position();
                        page = feed.readAfter(position, 3);
                    }
                }
                return read;
            });
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            List<FeedEntry> read = reader.get(120, TimeUnit.SECONDS);

            Set<Long> versions = new HashSet<>();
            read.forEach(entry -> versions.add(((SchoolCreated) entry.event()).version()));
            assertThat(read).hasSize(WRITERS * TRANSACTIONS * 2);
            assertThat(versions).hasSize(WRITERS * TRANSACTIONS * 2);
            assertThat(read).extracting(FeedEntry::position).isSorted().doesNotHaveDuplicates();
            assertThat(feed.readAfter(0, WRITERS * TRANSACTIONS * 2))
                    .containsExactlyElementsOf(read);
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static RegistryNumber registryNumber(int serial) {
        return RegistryNumber.of(IdentityNumber.parse(identityNumber(BIRTH_DATE, Sex.FEMALE,
                serial)));
    }
}
