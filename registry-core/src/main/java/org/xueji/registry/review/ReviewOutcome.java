package org.xueji.registry.review;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.xueji.registry.enrollment.Refusal;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;

/**
 * What became of one student in a bulk review step: done, with the student as stored, or
 * refused.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the student asked about, not null
 * @param student  the student as stored after the step, or null if it was refused
 * @param refusal  why the step was refused, or null if it was done
 */
public record ReviewOutcome(StudentId id, Student student, Refusal refusal) {

    /**
     * Creates an outcome.
     *
     * @throws NullPointerException if the id is null
     * @throws IllegalArgumentException unless exactly one of student and refusal is given
     */
    public ReviewOutcome {
        requireNonNull(id, "id");
        if ((student == null) == (refusal == null)) {
            throw new IllegalArgumentException("An outcome has a student or a refusal");
        }
    }

    /**
     * Tells whether the step was done.
     *
     * @return true if it was
     */
    public boolean isDone() {
        return student != null;
    }

    /**
     * Returns why the step was refused.
     *
     * @return the refusal, or empty if it was done
     */
    public Optional<Refusal> refused() {
        return Optional.ofNullable(refusal);
    }
}
