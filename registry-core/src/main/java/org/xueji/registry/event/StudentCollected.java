package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.student.StudentId;

/**
 * Reports that a new student was collected (新生信息采集), or that a student of the previous
 * stage was collected into an entry grade.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  the place of the student's school, not null
 * @param student  the student, not null
 * @param version  the record's version after the change
 */
public record StudentCollected(Instant occurredAt, Scope place, StudentId student, long version)
        implements StudentEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public StudentCollected {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(student, "student");
    }
}
