package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.organisation.SchoolIdentifier;

/**
 * Reports that a school's profile or approved scale changed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  where the record lies, not null
 * @param school  the school's identifier, not null
 * @param version  the record's version after the change
 */
public record SchoolUpdated(Instant occurredAt, Scope place, SchoolIdentifier school, long version)
        implements DomainEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public SchoolUpdated {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(school, "school");
    }
}
