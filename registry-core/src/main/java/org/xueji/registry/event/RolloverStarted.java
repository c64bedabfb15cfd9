package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;

/**
 * Reports that the school-year rollover started: until it completes, every other activity of the
 * calendar waits.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  the province's scope, not null
 * @param target  the school year it moves into, not null
 * @param expected  the students in school when it started
 */
public record RolloverStarted(Instant occurredAt, Scope place, AcademicYear target,
        long expected) implements DomainEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public RolloverStarted {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(target, "target");
    }
}
