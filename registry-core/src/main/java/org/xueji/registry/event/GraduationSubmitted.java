package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.StudentId;

/**
 * Reports that a senior school submitted a student's graduation for its authority's approval.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  the place of the student's school, not null
 * @param student  the student, not null
 * @param kind  the graduation asked for, not null
 */
public record GraduationSubmitted(Instant occurredAt, Scope place, StudentId student,
        GraduationKind kind) implements StudentEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public GraduationSubmitted {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(student, "student");
        requireNonNull(kind, "kind");
    }
}
