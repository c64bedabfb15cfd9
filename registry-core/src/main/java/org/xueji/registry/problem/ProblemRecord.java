package org.xueji.registry.problem;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.xueji.registry.access.Scope;
import org.xueji.registry.student.StudentId;

/**
 * An entry of the problem queue (问题学籍): a student record the authority should look at, why,
 * and the other record it concerns if any. Entries are only listed for now; resolving one (by
 * proof, correction or deletion) is a later use case.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind  what kind of problem, not null
 * @param student  the student the entry is about, not null
 * @param relatedStudent  the other student concerned, such as the one a duplicate suspect
 *     resembles, or null
 * @param place  the place of the student's school, which decides who sees the entry, not null
 * @param recordedAt  when the problem was found, not null
 */
public record ProblemRecord(ProblemKind kind, StudentId student, StudentId relatedStudent,
        Scope place, Instant recordedAt) {

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if a value other than the related student is null
     */
    public ProblemRecord {
        requireNonNull(kind, "kind");
        requireNonNull(student, "student");
        requireNonNull(place, "place");
        requireNonNull(recordedAt, "recordedAt");
    }

    /**
     * Returns the other student concerned.
     *
     * @return the student, or empty if the entry concerns one student only
     */
    public Optional<StudentId> related() {
        return Optional.ofNullable(relatedStudent);
    }
}
