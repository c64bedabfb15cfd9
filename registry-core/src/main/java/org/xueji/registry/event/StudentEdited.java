package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.StudentId;

/**
 * Reports that a student's record changed outside a change case: the school edited data other
 * than key data, a sweep deemed a senior student withdrawn, or an authority deleted the record
 * while resolving the problem queue.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  the place of the student's school, not null
 * @param student  the student, not null
 * @param status  the registration status after the change, not null
 * @param version  the student record's version after the change
 */
public record StudentEdited(Instant occurredAt, Scope place, StudentId student,
        RegistrationStatus status, long version) implements StudentEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public StudentEdited {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(student, "student");
        requireNonNull(status, "status");
    }
}
