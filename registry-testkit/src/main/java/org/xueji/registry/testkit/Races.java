package org.xueji.registry.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * Runs calls on threads of their own, released together by a barrier, for the contract suites
 * that check what a store keeps when callers race for the same key, place or checkpoint.
 *
 * <p>Each task is built on the calling thread from its index, so a test can give every thread
 * input of its own, and only the call itself runs on the racing thread. A task that fails, or
 * does not end in time, fails the test only once every task has ended, so that none writes into
 * the next test's storage.
 */
final class Races {

    /** How long a thread waits at the barrier for the others, unless a suite says otherwise. */
    private static final long START_SECONDS = 30;
    /** How long the test waits for each thread's result, unless a suite says otherwise. */
    private static final long RESULT_SECONDS = 60;

    private Races() {
    }

    /**
     * Runs one task per thread, waiting thirty seconds for the threads to meet and a minute for
     * each result, and returns the results in task order.
     */
    static <T> List<T> race(int threads, IntFunction<Callable<T>> task) {
        return race(threads, START_SECONDS, RESULT_SECONDS, task);
    }

    /**
     * Runs one task per thread and returns the results in task order, waiting at most
     * {@code startSeconds} for the threads to meet at the barrier and {@code resultSeconds} for
     * each result.
     *
     * @throws AssertionError if a task threw or did not end in time, after every task has ended
     */
    static <T> List<T> race(int threads, long startSeconds, long resultSeconds,
            IntFunction<Callable<T>> task) {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> work = task.apply(i);
                futures.add(pool.submit(() -> {
                    start.await(startSeconds, TimeUnit.SECONDS);
                    return work.call();
                }));
            }
            List<T> results = new ArrayList<>();
            AssertionError failed = null;
            for (Future<T> future : futures) {
                try {
                    results.add(future.get(resultSeconds, TimeUnit.SECONDS));
                } catch (Exception e) {
                    failed = failed == null ? new AssertionError("a racing task failed", e)
                            : failed;
                }
            }
            if (failed != null) {
                throw failed;
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs one call per thread, like {@link #race(int, IntFunction)}, and returns in call order
     * the code each call was refused with, or null for a call that succeeded. Only a
     * {@link RegistryException} counts as a refusal; any other exception fails the test.
     */
    static List<ErrorCode> refusals(int threads, IntFunction<Runnable> call) {
        return race(threads, i -> {
            Runnable work = call.apply(i);
            return () -> refusal(work);
        });
    }

    private static ErrorCode refusal(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RegistryException e) {
            return e.code();
        }
    }
}
