package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.organisation.UnitCode;

/**
 * Reports that a registry authority's profile changed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  where the record lies, not null
 * @param authority  the authority's unit code, not null
 * @param version  the record's version after the change
 */
public record AuthorityUpdated(Instant occurredAt, Scope place, UnitCode authority, long version)
        implements DomainEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public AuthorityUpdated {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(authority, "authority");
    }
}
