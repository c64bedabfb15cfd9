package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.organisation.ClassId;

/**
 * Reports that a class's profile changed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  where the record lies, not null
 * @param classId  the class's identity, not null
 * @param version  the record's version after the change
 */
public record ClassUpdated(Instant occurredAt, Scope place, ClassId classId, long version)
        implements DomainEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public ClassUpdated {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(classId, "classId");
    }
}
