package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;

/**
 * Reports that the school-year rollover completed: the registry is in a new school year, in its
 * first term, and every student in school whose grade was not kept is one grade higher.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  the province's scope, not null
 * @param target  the new school year, not null
 * @param expected  the students in school when the rollover started
 * @param promoted  the students who moved up a grade
 * @param skipped  the students who kept their grade
 */
public record RolloverCompleted(Instant occurredAt, Scope place, AcademicYear target,
        long expected, long promoted, long skipped) implements DomainEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public RolloverCompleted {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(target, "target");
    }
}
