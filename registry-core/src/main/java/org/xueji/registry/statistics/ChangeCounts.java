package org.xueji.registry.statistics;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.xueji.registry.access.Scope;
import org.xueji.registry.change.ChangeKind;

/**
 * The changes table of a report (学籍变动统计): the change cases of a scope completed in a
 * period, by kind. A transfer counts where it was applied for, at the sending school's place.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param scope  the scope counted, not null
 * @param from  the first day of the period, not null
 * @param until  the last day of the period, included, not null
 * @param counts  each kind with completed cases to their number, not null
 */
public record ChangeCounts(Scope scope, LocalDate from, LocalDate until,
        Map<ChangeKind, Long> counts) {

    /**
     * Creates the table.
     *
     * @throws NullPointerException if a value is null
     */
    public ChangeCounts {
        requireNonNull(scope, "scope");
        requireNonNull(from, "from");
        requireNonNull(until, "until");
        Map<ChangeKind, Long> copy = new EnumMap<>(ChangeKind.class);
        copy.putAll(requireNonNull(counts, "counts"));
        counts = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the number of completed cases of a kind.
     *
     * @param kind  the kind, not null
     * @return the number, not negative
     */
    public long count(ChangeKind kind) {
        return counts.getOrDefault(requireNonNull(kind, "kind"), 0L);
    }

    /**
     * Returns the number of completed cases of every kind.
     *
     * @return the total, not negative
     */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
