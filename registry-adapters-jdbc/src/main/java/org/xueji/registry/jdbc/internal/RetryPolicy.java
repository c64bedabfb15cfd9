package org.xueji.registry.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Says how often a transaction that failed transiently is run again, and how long to wait first.
 *
 * <p>The wait doubles after every attempt, up to a ceiling, with random jitter so that the
 * transactions that collided do not collide again. Immutable and thread-safe.
 *
 * @param maxAttempts  how many times a transaction runs at most, the first included; positive
 * @param firstBackoff  the wait before the second attempt, not negative
 * @param maxBackoff  the longest wait, not shorter than the first
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

    /** Five attempts, waiting from 20 milliseconds up to one second. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(5, Duration.ofMillis(20), Duration.ofSeconds(1));

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if an attempt count or wait is out of range
     */
    public RetryPolicy {
        requireNonNull(firstBackoff, "firstBackoff");
        requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be positive: " + maxAttempts);
        }
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException(
                    "backoff must be 0 <= first <= max: " + firstBackoff + ", " + maxBackoff);
        }
    }

    /**
     * Returns the wait before an attempt: twice the previous one, capped, then jittered to
     * between half and all of it.
     *
     * @param failedAttempts  how many attempts have failed so far, positive
     * @return the wait in milliseconds, not negative
     */
    public long backoffMillis(int failedAttempts) {
        long full = firstBackoff.toMillis() << Math.min(failedAttempts - 1, 20);
        long capped = Math.min(full, maxBackoff.toMillis());
        long half = capped / 2;
        return half + ThreadLocalRandom.current().nextLong(capped - half + 1);
    }
}
