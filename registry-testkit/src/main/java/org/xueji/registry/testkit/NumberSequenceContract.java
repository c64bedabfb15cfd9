package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The contract of a regional-number sequence allocator: numbers per prefix start at one, are never
 * handed out twice, not even under concurrency or after the caller's transaction rolls back, and
 * prefixes count independently. Gaps are allowed.
 *
 * <p>An adapter's test class extends this and says how to allocate and how to run work in its
 * unit of work. Each test uses prefixes of its own, so the suite may share one database.
 */
public abstract class NumberSequenceContract {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 25;

    /**
     * Allocates the next number of a prefix through the adapter under test.
     *
     * @param prefix  the prefix, not null
     * @return the number
     */
    protected abstract long next(String prefix);

    /**
     * Runs work in the adapter's unit of work: committed if the work returns, rolled back if it
     * throws.
     *
     * @param <T>  the result type
     * @param work  the work, not null
     * @return the work's result
     */
    protected abstract <T> T inTransaction(Supplier<T> work);

    /**
     * Allocates a block of numbers of a prefix through the adapter under test. Override it to
     * call the adapter's {@link org.xueji.registry.spi.NumberSequence#next(String, int)}; the
     * default calls {@link #next(String)} once per number, as that interface's default does.
     *
     * @param prefix  the prefix, not null
     * @param count  how many numbers, positive
     * @return the numbers
     */
    protected long[] next(String prefix, int count) {
        long[] numbers = new long[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = next(prefix);
        }
        return numbers;
    }

    @Test
    void handsOutABlockAfterTheNumbersBeforeItAndBeforeTheNumbersAfterIt() {
        String prefix = freshPrefix();

        long before = next(prefix);
        long[] block = next(prefix, 5);
        long after = next(prefix);

        assertThat(before).isEqualTo(1L);
        assertThat(block).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(after).isEqualTo(7L);
    }

    @Test
    void neverHandsOutABlocksNumbersAgainAfterTheCallersTransactionRollsBack() {
        String prefix = freshPrefix();

        assertThatThrownBy(() -> inTransaction(() -> {
            next(prefix, 3);
            throw new RolledBack();
        })).isInstanceOf(RolledBack.class);

        assertThat(next(prefix, 2)).containsExactly(4L, 5L);
    }

    @Test
    void neverOverlapsBlocksAndSingleNumbersTakenByEightThreads() throws Exception {
        String shared = freshPrefix();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    for (int j = 0; j < 5; j++) {
                        for (long number : next(shared, 7)) {
                            mine.add(number);
                        }
                        mine.add(next(shared));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get(120, TimeUnit.SECONDS));
            }

            assertThat(new HashSet<>(all)).hasSize(THREADS * 5 * 8);
            assertThat(all).allSatisfy(number -> assertThat(number).isPositive());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void startsEachPrefixAtOneAndCountsUp() {
        String prefix = freshPrefix();

        assertThat(List.of(next(prefix), next(prefix), next(prefix))).containsExactly(1L, 2L, 3L);
    }

    @Test
    void countsPrefixesIndependently() {
        String first = freshPrefix();
        String second = freshPrefix();

        next(first);
        next(first);

        assertThat(next(second)).isEqualTo(1L);
        assertThat(next(first)).isEqualTo(3L);
    }

    @Test
    void neverHandsOutANumberAgainAfterTheCallersTransactionRollsBack() {
        String prefix = freshPrefix();
        List<Long> seenInsideRolledBack = new ArrayList<>();

        assertThatThrownBy(() -> inTransaction(() -> {
            seenInsideRolledBack.add(next(prefix));
            seenInsideRolledBack.add(next(prefix));
            throw new RolledBack();
        })).isInstanceOf(RolledBack.class);

        assertThat(seenInsideRolledBack).containsExactly(1L, 2L);
        assertThat(next(prefix)).isEqualTo(3L);
    }

    @Test
    void allocatesInsideACommittedTransactionToo() {
        String prefix = freshPrefix();

        long inside = inTransaction(() -> next(prefix));

        assertThat(inside).isEqualTo(1L);
        assertThat(next(prefix)).isEqualTo(2L);
    }

    @Test
    void neverHandsOutTheSameNumberTwiceAcrossEightThreads() throws Exception {
        String shared = freshPrefix();
        List<Long> numbers = allocateConcurrently(shared);

        assertThat(new HashSet<>(numbers)).hasSize(THREADS * PER_THREAD);
        assertThat(numbers).allSatisfy(number -> assertThat(number).isPositive());
    }

    @Test
    void createsANewPrefixOnceWhenEightThreadsRaceToUseItFirst() throws Exception {
        String shared = freshPrefix();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Long>> firsts = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                firsts.add(pool.submit(() -> {
                    start.await();
                    return next(shared);
                }));
            }
            start.countDown();
            Set<Long> numbers = new HashSet<>();
            for (Future<Long> first : firsts) {
                numbers.add(first.get(60, TimeUnit.SECONDS));
            }

            assertThat(numbers).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Long> allocateConcurrently(String prefix) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<List<Long>> worker = () -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    for (int j = 0; j < PER_THREAD; j++) {
                        mine.add(next(prefix));
                    }
                    return mine;
                };
                results.add(pool.submit(worker));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get(120, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String freshPrefix() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /** Thrown by a test to roll its transaction back. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
