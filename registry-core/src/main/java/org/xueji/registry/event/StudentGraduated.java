package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.StudentId;

/**
 * Reports that a student graduated from a stage (毕业, 结业 or 肄业): recorded by a compulsory
 * school, or approved by a senior school's authority.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  the place of the student's school, not null
 * @param student  the student, not null
 * @param kind  how the student left the stage, not null
 * @param version  the record's version after the change
 */
public record StudentGraduated(Instant occurredAt, Scope place, StudentId student,
        GraduationKind kind, long version) implements StudentEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public StudentGraduated {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(student, "student");
        requireNonNull(kind, "kind");
    }
}
