package org.xueji.registry.problem;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Which entries of the problem queue a listing returns: of one state or any, of one kind or
 * any.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param state  the state, or null for any
 * @param kind  the kind, or null for any
 */
public record ProblemFilter(ProblemState state, ProblemKind kind) {

    /**
     * Obtains the filter that keeps every entry.
     *
     * @return the filter, not null
     */
    public static ProblemFilter all() {
        return new ProblemFilter(null, null);
    }

    /**
     * Obtains the filter that keeps open entries.
     *
     * @return the filter, not null
     */
    public static ProblemFilter open() {
        return new ProblemFilter(ProblemState.OPEN, null);
    }

    /**
     * Obtains the filter that keeps resolved entries.
     *
     * @return the filter, not null
     */
    public static ProblemFilter resolved() {
        return new ProblemFilter(ProblemState.RESOLVED, null);
    }

    /**
     * Returns a copy that keeps one kind only.
     *
     * @param newKind  the kind, not null
     * @return the narrower filter, not null
     */
    public ProblemFilter ofKind(ProblemKind newKind) {
        return new ProblemFilter(state, requireNonNull(newKind, "newKind"));
    }

    /**
     * Returns the state kept.
     *
     * @return the state, or empty for any
     */
    public Optional<ProblemState> stateFilter() {
        return Optional.ofNullable(state);
    }

    /**
     * Returns the kind kept.
     *
     * @return the kind, or empty for any
     */
    public Optional<ProblemKind> kindFilter() {
        return Optional.ofNullable(kind);
    }

    /**
     * Tells whether an entry fits this filter.
     *
     * @param problem  the entry, not null
     * @return true if its state and kind fit
     */
    public boolean fits(ProblemRecord problem) {
        return (state == null || state == problem.state())
                && (kind == null || kind == problem.kind());
    }
}
