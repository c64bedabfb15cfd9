package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.student.StudentId;

/**
 * Reports that a student moved to another class of the same school (调班), without review.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  the place of the student's school, not null
 * @param student  the student, not null
 * @param fromClass  the class left, not null
 * @param toClass  the class joined, not null
 * @param version  the student record's version after the change
 */
public record StudentClassChanged(Instant occurredAt, Scope place, StudentId student,
        ClassId fromClass, ClassId toClass, long version) implements StudentEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public StudentClassChanged {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(student, "student");
        requireNonNull(fromClass, "fromClass");
        requireNonNull(toClass, "toClass");
    }
}
