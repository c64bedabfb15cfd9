package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.student.StudentId;

/**
 * Reports that the authority approved a submitted student, who is now registered (在籍).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  the place of the student's school, not null
 * @param student  the student, not null
 * @param version  the record's version after the change
 */
public record StudentApproved(Instant occurredAt, Scope place, StudentId student, long version)
        implements StudentEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public StudentApproved {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(student, "student");
    }
}
