package org.xueji.registry.problem;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a {@linkplain Problems#scan scan} of the problem queue found: how many records it read,
 * how many problems it found, and of those how many it added, how many were already open and
 * how many had been dismissed with proof before and were not raised again.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param scanned  the number of student records read, not negative
 * @param found  the number of problems found, the sum of the other three counts
 * @param added  the entries added, in the order found, not null
 * @param alreadyOpen  the number found that had an open entry of the same kind already
 * @param dismissed  the number found that the authority had dismissed with proof
 */
public record ScanReport(long scanned, int found, List<ProblemRecord> added, int alreadyOpen,
        int dismissed) {

    /**
     * Creates a report.
     *
     * @throws NullPointerException if the list is null
     * @throws IllegalArgumentException if the counts do not add up
     */
    public ScanReport {
        added = List.copyOf(requireNonNull(added, "added"));
        if (scanned < 0 || alreadyOpen < 0 || dismissed < 0
                || found != added.size() + alreadyOpen + dismissed) {
            throw new IllegalArgumentException("counts do not add up");
        }
    }

    /**
     * Returns the number of entries added.
     *
     * @return the number, not negative
     */
    public int newCount() {
        return added.size();
    }

    /**
     * Counts the added entries of one kind.
     *
     * @param kind  the kind, not null
     * @return the number, not negative
     */
    public long addedOf(ProblemKind kind) {
        requireNonNull(kind, "kind");
        return added.stream().filter(problem -> problem.kind() == kind).count();
    }
}
