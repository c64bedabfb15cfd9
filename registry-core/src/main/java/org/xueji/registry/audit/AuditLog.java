package org.xueji.registry.audit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.xueji.registry.access.Actor;
import org.xueji.registry.spi.AuditTrail;

/**
 * Reads the audit trail on behalf of an actor, who sees the entries about records in its scope:
 * a county sees what happened to its schools and their classes, a school what happened to itself
 * and, for a central school, to its branch schools.
 *
 * <p>Obtain it from {@link org.xueji.registry.Registry#audit()}. This class is thread-safe.
 */
public final class AuditLog {

    private final AuditTrail trail;

    /**
     * Creates the reader over a trail; {@link org.xueji.registry.Registry} does this.
     *
     * @param trail  the trail, not null
     */
    public AuditLog(AuditTrail trail) {
        this.trail = requireNonNull(trail, "trail");
    }

    /**
     * Lists the entries in the actor's scope that match a query, in the order they were appended.
     *
     * @param actor  the reader, not null
     * @param query  the filters, not null
     * @return the entries, not null
     */
    public List<AuditEntry> list(Actor actor, AuditQuery query) {
        requireNonNull(actor, "actor");
        requireNonNull(query, "query");
        return trail.find(actor.scope(), query);
    }
}
