package org.xueji.registry.inmemory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.xueji.registry.RecordKind;
import org.xueji.registry.spi.StoreFailures;

/**
 * A versioned table of records by a unique key, guarded by the unit of work's lock, every write
 * undone if its transaction rolls back.
 */
final class Table<K extends Comparable<K>, V> {

    private final InMemoryUnitOfWork unitOfWork;
    private final RecordKind kind;
    private final Function<V, K> keyOf;
    private final ToLongFunction<V> versionOf;
    private final BiFunction<V, Long, V> withVersion;
    private final TreeMap<K, V> rows = new TreeMap<>();

    Table(InMemoryUnitOfWork unitOfWork, RecordKind kind, Function<V, K> keyOf,
            ToLongFunction<V> versionOf, BiFunction<V, Long, V> withVersion) {
        this.unitOfWork = unitOfWork;
        this.kind = kind;
        this.keyOf = keyOf;
        this.versionOf = versionOf;
        this.withVersion = withVersion;
    }

    void insert(V row) {
        K key = keyOf.apply(row);
        unitOfWork.locked(() -> {
            if (rows.putIfAbsent(key, row) != null) {
                throw StoreFailures.duplicate(kind, key);
            }
            unitOfWork.onRollBack(() -> rows.remove(key));
            return null;
        });
    }

    V update(V row) {
        K key = keyOf.apply(row);
        return unitOfWork.locked(() -> {
            V stored = rows.get(key);
            if (stored == null) {
                throw StoreFailures.notFound(kind, key);
            }
            long version = versionOf.applyAsLong(row);
            if (versionOf.applyAsLong(stored) != version) {
                throw StoreFailures.staleVersion(kind, key, version,
                        versionOf.applyAsLong(stored));
            }
            V updated = withVersion.apply(row, version + 1);
            rows.put(key, updated);
            unitOfWork.onRollBack(() -> rows.put(key, stored));
            return updated;
        });
    }

    Optional<V> find(K key) {
        return unitOfWork.locked(() -> Optional.ofNullable(rows.get(key)));
    }

    List<V> list(Predicate<V> filter) {
        return unitOfWork.locked(() ->
                rows.values().stream().filter(filter).collect(Collectors.toUnmodifiableList()));
    }

    List<V> page(K after, Predicate<V> filter, int limit) {
        return unitOfWork.locked(() -> {
            Map<K, V> tail = after == null ? rows : rows.tailMap(after, false);
            return tail.values().stream().filter(filter).limit(limit)
                    .collect(Collectors.toUnmodifiableList());
        });
    }

    long count(Predicate<V> filter) {
        return unitOfWork.locked(() -> rows.values().stream().filter(filter).count());
    }
}
