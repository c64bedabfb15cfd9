package org.xueji.registry.inmemory;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.xueji.registry.spi.NumberSequence;

/**
 * Serial numbers in memory: one counter per key, outside every transaction, never rolled back.
 */
final class InMemoryNumberSequence implements NumberSequence {

    private final ConcurrentHashMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

    @Override
    public long next(String key) {
        requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("key is blank");
        }
        return counters.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }
}
