package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.problem.ProblemId;
import org.xueji.registry.problem.ProblemKind;
import org.xueji.registry.problem.ResolutionKind;
import org.xueji.registry.student.StudentId;

/**
 * Reports that the authority resolved an entry of the problem queue. A resolution by deletion
 * also publishes a {@link StudentEdited} for the deleted record.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  the place of the student's school, not null
 * @param problem  the entry, not null
 * @param kind  its kind, not null
 * @param student  the student it is about, not null
 * @param resolution  how it was resolved, not null
 * @param version  the entry's version after the change
 */
public record ProblemResolved(Instant occurredAt, Scope place, ProblemId problem,
        ProblemKind kind, StudentId student, ResolutionKind resolution, long version)
        implements DomainEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public ProblemResolved {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(problem, "problem");
        requireNonNull(kind, "kind");
        requireNonNull(student, "student");
        requireNonNull(resolution, "resolution");
    }
}
