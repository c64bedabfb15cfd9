package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.problem.ProblemId;
import org.xueji.registry.problem.ProblemKind;
import org.xueji.registry.student.StudentId;

/**
 * Reports that a scan put an entry on the problem queue (问题学籍).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  the place of the student's school, not null
 * @param problem  the entry, not null
 * @param kind  its kind, not null
 * @param student  the student it is about, not null
 */
public record ProblemRecorded(Instant occurredAt, Scope place, ProblemId problem,
        ProblemKind kind, StudentId student) implements DomainEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public ProblemRecorded {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(problem, "problem");
        requireNonNull(kind, "kind");
        requireNonNull(student, "student");
    }
}
