package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.change.CaseId;
import org.xueji.registry.change.CaseState;
import org.xueji.registry.change.ChangeKind;
import org.xueji.registry.student.StudentId;

/**
 * Reports that a change case was applied for, approved at a step, returned, resubmitted,
 * completed or withdrawn; the state after the change says which. A completed case's change was
 * applied to the student's record in the same unit of work.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  the place of the case: the student's school when it was applied for, not null
 * @param changeCase  the case, not null
 * @param student  the student, not null
 * @param kind  the kind of change, not null
 * @param state  the case's state after the change, not null
 * @param approvedSteps  how many steps have approved
 * @param version  the case's version after the change
 */
public record ChangeCaseUpdated(Instant occurredAt, Scope place, CaseId changeCase,
        StudentId student, ChangeKind kind, CaseState state, int approvedSteps, long version)
        implements StudentEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public ChangeCaseUpdated {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(changeCase, "changeCase");
        requireNonNull(student, "student");
        requireNonNull(kind, "kind");
        requireNonNull(state, "state");
    }
}
