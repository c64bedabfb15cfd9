package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.student.StudentId;

/**
 * Reports that an authority returned a student's graduation case to the school, with a reason.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  the place of the student's school, not null
 * @param student  the student, not null
 * @param reason  why, as the authority wrote it, not null
 */
public record GraduationReturned(Instant occurredAt, Scope place, StudentId student,
        String reason) implements StudentEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public GraduationReturned {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(student, "student");
        requireNonNull(reason, "reason");
    }
}
