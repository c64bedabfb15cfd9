package org.xueji.registry.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.time.Instant;
import java.util.Optional;
import org.xueji.registry.RecordKind;

/**
 * A filter on the audit trail: by target, action, outcome and time, newest entries last, at most
 * {@link #limit()} of them. Who may read which entries is not part of the query: the registry
 * adds the reader's scope.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuditQuery {

    /** The limit of a query that does not set one. */
    public static final int DEFAULT_LIMIT = 1000;

    private static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null,
            DEFAULT_LIMIT);

    private final RecordKind kind;
    private final String key;
    private final AuditAction action;
    private final AuditEntry.Outcome outcome;
    private final Instant from;
    private final Instant until;
    private final int limit;

    private AuditQuery(RecordKind kind, String key, AuditAction action,
            AuditEntry.Outcome outcome, Instant from, Instant until, int limit) {
        this.kind = kind;
        this.key = key;
        this.action = action;
        this.outcome = outcome;
        this.from = from;
        this.until = until;
        this.limit = limit;
    }

    /**
     * Returns the query that matches every entry, up to the default limit.
     *
     * @return the query, not null
     */
    public static AuditQuery all() {
        return ALL;
    }

    /**
     * Returns a copy that matches only entries on one record.
     *
     * @param newKind  the kind of record, not null
     * @param newKey  the record's key as text, not null
     * @return the narrowed query, not null
     */
    public AuditQuery forTarget(RecordKind newKind, String newKey) {
        return new AuditQuery(requireNonNull(newKind, "newKind"), requireNonNull(newKey, "newKey"),
                action, outcome, from, until, limit);
    }

    /**
     * Returns a copy that matches only one action.
     *
     * @param newAction  the action, not null
     * @return the narrowed query, not null
     */
    public AuditQuery forAction(AuditAction newAction) {
        return new AuditQuery(kind, key, requireNonNull(newAction, "newAction"), outcome, from,
                until, limit);
    }

    /**
     * Returns a copy that matches only one outcome.
     *
     * @param newOutcome  the outcome, not null
     * @return the narrowed query, not null
     */
    public AuditQuery withOutcome(AuditEntry.Outcome newOutcome) {
        return new AuditQuery(kind, key, action, requireNonNull(newOutcome, "newOutcome"), from,
                until, limit);
    }

    /**
     * Returns a copy that matches only entries in a time range.
     *
     * @param newFrom  the earliest time, inclusive, not null
     * @param newUntil  the latest time, exclusive, not before {@code newFrom}, not null
     * @return the narrowed query, not null
     * @throws IllegalArgumentException if the range ends before it starts
     */
    public AuditQuery between(Instant newFrom, Instant newUntil) {
        requireNonNull(newFrom, "newFrom");
        requireNonNull(newUntil, "newUntil");
        Preconditions.checkArgument(!newUntil.isBefore(newFrom), "range ends before it starts");
        return new AuditQuery(kind, key, action, outcome, newFrom, newUntil, limit);
    }

    /**
     * Returns a copy with another limit.
     *
     * @param newLimit  the most entries to return, positive
     * @return the query, not null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public AuditQuery withLimit(int newLimit) {
        Preconditions.checkArgument(newLimit > 0, "limit must be positive: %s", newLimit);
        return new AuditQuery(kind, key, action, outcome, from, until, newLimit);
    }

    /**
     * Returns the kind of record matched.
     *
     * @return the kind, or empty to match every kind
     */
    public Optional<RecordKind> kind() {
        return Optional.ofNullable(kind);
    }

    /**
     * Returns the key of the record matched.
     *
     * @return the key, or empty to match every record
     */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /**
     * Returns the action matched.
     *
     * @return the action, or empty to match every action
     */
    public Optional<AuditAction> action() {
        return Optional.ofNullable(action);
    }

    /**
     * Returns the outcome matched.
     *
     * @return the outcome, or empty to match both
     */
    public Optional<AuditEntry.Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /**
     * Returns the earliest time matched, inclusive.
     *
     * @return the time, or empty for no lower bound
     */
    public Optional<Instant> from() {
        return Optional.ofNullable(from);
    }

    /**
     * Returns the latest time matched, exclusive.
     *
     * @return the time, or empty for no upper bound
     */
    public Optional<Instant> until() {
        return Optional.ofNullable(until);
    }

    /**
     * Returns the most entries the query returns; the earliest matching entries come first.
     *
     * @return the limit, positive
     */
    public int limit() {
        return limit;
    }

    /**
     * Tells whether an entry passes this query's filters, ignoring the limit and the scope.
     *
     * @param entry  the entry, not null
     * @return true if it matches
     */
    public boolean matches(AuditEntry entry) {
        AuditTarget target = entry.target();
        return (kind == null || kind == target.kind())
                && (key == null || key.equals(target.key()))
                && (action == null || action == entry.action())
                && (outcome == null || outcome == entry.outcome())
                && (from == null || !entry.time().isBefore(from))
                && (until == null || entry.time().isBefore(until));
    }
}
