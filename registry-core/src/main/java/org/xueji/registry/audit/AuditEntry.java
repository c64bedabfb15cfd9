package org.xueji.registry.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.access.Actor;
import org.xueji.registry.internal.IdentityMasker;

/**
 * One entry of the audit trail (操作日志): who did what to which record and when, whether it was
 * done or refused, and for a change the fields before and after.
 *
 * <p>An entry built by the registry has sequence zero; the
 * {@link org.xueji.registry.spi.AuditTrail} gives it its place in the trail when it appends it.
 * The stored values are complete; {@link #render()} masks anything that looks like an identity
 * number.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuditEntry {

    private final long sequence;
    private final Instant time;
    private final Actor actor;
    private final AuditAction action;
    private final AuditTarget target;
    private final ErrorCode refusal;
    private final List<FieldChange> changes;

    private AuditEntry(long sequence, Instant time, Actor actor, AuditAction action,
            AuditTarget target, ErrorCode refusal, List<FieldChange> changes) {
        this.sequence = sequence;
        this.time = time;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.refusal = refusal;
        this.changes = changes;
    }

    /**
     * Obtains an entry for an operation that was done.
     *
     * @param time  when, not null
     * @param actor  who, not null
     * @param action  what, not null
     * @param target  on which record, not null
     * @param changes  the changed fields, not null, may be empty
     * @return the entry, with sequence zero, not null
     */
    public static AuditEntry done(Instant time, Actor actor, AuditAction action,
            AuditTarget target, List<FieldChange> changes) {
        return of(0, time, actor, action, target, null, changes);
    }

    /**
     * Obtains an entry for an operation that was refused.
     *
     * @param time  when, not null
     * @param actor  who, not null
     * @param action  what was attempted, not null
     * @param target  on which record, not null
     * @param refusal  the code of the refusal, not null
     * @return the entry, with sequence zero, not null
     */
    public static AuditEntry refused(Instant time, Actor actor, AuditAction action,
            AuditTarget target, ErrorCode refusal) {
        return of(0, time, actor, action, target, requireNonNull(refusal, "refusal"), List.of());
    }

    /**
     * Obtains an entry from all its parts; audit trails use this to rebuild a stored entry.
     *
     * @param sequence  the entry's place in the trail, zero if not yet appended, not negative
     * @param time  when, not null
     * @param actor  who, not null
     * @param action  what, not null
     * @param target  on which record, not null
     * @param refusal  the code of the refusal, null if the operation was done
     * @param changes  the changed fields, not null; must be empty for a refusal
     * @return the entry, not null
     * @throws IllegalArgumentException if the sequence is negative or a refusal has changes
     */
    public static AuditEntry of(long sequence, Instant time, Actor actor, AuditAction action,
            AuditTarget target, ErrorCode refusal, List<FieldChange> changes) {
        Preconditions.checkArgument(sequence >= 0, "negative sequence %s", sequence);
        Preconditions.checkArgument(refusal == null || changes.isEmpty(),
                "a refused operation changes nothing");
        return new AuditEntry(sequence, requireNonNull(time, "time"),
                requireNonNull(actor, "actor"), requireNonNull(action, "action"),
                requireNonNull(target, "target"), refusal, List.copyOf(changes));
    }

    /**
     * Returns a copy with a place in the trail; audit trails call this when appending.
     *
     * @param newSequence  the place, positive
     * @return the entry with that sequence, not null
     * @throws IllegalArgumentException if the sequence is not positive
     */
    public AuditEntry withSequence(long newSequence) {
        Preconditions.checkArgument(newSequence > 0, "sequence must be positive: %s",
                newSequence);
        return new AuditEntry(newSequence, time, actor, action, target, refusal, changes);
    }

    /**
     * Returns the entry's place in the trail, increasing with each append.
     *
     * @return the sequence, zero if not yet appended
     */
    public long sequence() {
        return sequence;
    }

    /**
     * Returns when the operation happened, by the registry's clock.
     *
     * @return the time, not null
     */
    public Instant time() {
        return time;
    }

    /**
     * Returns who acted.
     *
     * @return the actor, not null
     */
    public Actor actor() {
        return actor;
    }

    /**
     * Returns what the actor did or attempted.
     *
     * @return the action, not null
     */
    public AuditAction action() {
        return action;
    }

    /**
     * Returns the record acted on.
     *
     * @return the target, not null
     */
    public AuditTarget target() {
        return target;
    }

    /**
     * Returns the outcome.
     *
     * @return {@link Outcome#REFUSED} if the operation was refused, else {@link Outcome#DONE}
     */
    public Outcome outcome() {
        return refusal == null ? Outcome.DONE : Outcome.REFUSED;
    }

    /**
     * Returns why the operation was refused.
     *
     * @return the code, or empty if it was done
     */
    public Optional<ErrorCode> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * Returns the changed fields, in the order the record lists them.
     *
     * @return the changes, not null, empty for a read or a refusal
     */
    public List<FieldChange> changes() {
        return changes;
    }

    /**
     * Renders the entry as one line for a reader, with identity numbers masked, such as
     * {@code #7 2025-09-01T00:00:00Z li (SCHOOL_ADMINISTRATOR, …) UPDATE_CLASS class … DONE
     * [name: 一(1)班 → 一(1)班 实验班]}.
     *
     * @return the line, not null
     */
    public String render() {
        String outcome = refusal == null ? "DONE" : "REFUSED " + refusal;
        String line = "#" + sequence + " " + time + " " + actor + " " + action + " " + target
                + " " + outcome;
        if (!changes.isEmpty()) {
            line += changes.stream().map(FieldChange::toString)
                    .collect(Collectors.joining("; ", " [", "]"));
        }
        return IdentityMasker.mask(line);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof AuditEntry)) {
            return false;
        }
        AuditEntry other = (AuditEntry) obj;
        return sequence == other.sequence && time.equals(other.time)
                && actor.equals(other.actor) && action == other.action
                && target.equals(other.target) && refusal == other.refusal
                && changes.equals(other.changes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, time, actor, action, target, refusal, changes);
    }

    /**
     * Returns the rendered entry, identity numbers masked.
     *
     * @return the line, not null
     */
    @Override
    public String toString() {
        return render();
    }

    /**
     * Whether an audited operation was done or refused.
     */
    public enum Outcome {
        /** The operation was done. */
        DONE,
        /** The operation was refused before it read or changed anything. */
        REFUSED
    }
}
