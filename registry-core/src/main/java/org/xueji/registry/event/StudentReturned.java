package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.student.StudentId;

/**
 * Reports that the authority returned a submitted student to the school (退回), with a reason.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  the place of the student's school, not null
 * @param student  the student, not null
 * @param reason  why, as the authority wrote it, not null
 * @param version  the record's version after the change
 */
public record StudentReturned(Instant occurredAt, Scope place, StudentId student, String reason,
        long version) implements StudentEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public StudentReturned {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(student, "student");
        requireNonNull(reason, "reason");
    }
}
