package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.RolloverEntry;
import org.xueji.registry.student.StudentId;

/**
 * Reports that the rollover into a school year kept a student's grade instead of moving the
 * student up: suspended, or in a final grade and not graduated.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  the place of the student's school, not null
 * @param student  the student, not null
 * @param target  the school year the rollover moves into, not null
 * @param reason  why the grade was kept, not null
 * @param version  the record's version after the change
 */
public record StudentKeptGrade(Instant occurredAt, Scope place, StudentId student,
        AcademicYear target, RolloverEntry.Reason reason, long version) implements StudentEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public StudentKeptGrade {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(student, "student");
        requireNonNull(target, "target");
        requireNonNull(reason, "reason");
    }
}
