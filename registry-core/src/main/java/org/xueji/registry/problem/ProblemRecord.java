package org.xueji.registry.problem;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.xueji.registry.access.Scope;
import org.xueji.registry.student.StudentId;

/**
 * An entry of the problem queue (问题学籍): a student record the authority should look at, why,
 * the other record it concerns if any, and, once resolved, how. An entry is {@link
 * ProblemState#OPEN} until the student's county authority resolves it by proof, correction or
 * deletion; it then stays on the queue as {@link ProblemState#RESOLVED}. Entries are updated
 * optimistically by version.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the entry's id, not null
 * @param kind  what kind of problem, not null
 * @param student  the student the entry is about, not null
 * @param relatedStudent  the other student concerned, such as the one a duplicate suspect
 *     resembles, or null
 * @param place  the place of the student's school, which decides who sees the entry, not null
 * @param recordedAt  when the problem was found, not null
 * @param state  open or resolved, not null
 * @param resolution  how it was resolved, present exactly when resolved, or null
 * @param version  the version the entry was read at, zero when new, not negative
 */
public record ProblemRecord(ProblemId id, ProblemKind kind, StudentId student,
        StudentId relatedStudent, Scope place, Instant recordedAt, ProblemState state,
        ProblemResolution resolution, long version) {

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if a value other than the related student or the resolution
     *     is null
     * @throws IllegalArgumentException if the resolution does not agree with the state, or the
     *     version is negative
     */
    public ProblemRecord {
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        requireNonNull(student, "student");
        requireNonNull(place, "place");
        requireNonNull(recordedAt, "recordedAt");
        requireNonNull(state, "state");
        if ((state == ProblemState.RESOLVED) != (resolution != null)) {
            throw new IllegalArgumentException("a resolution goes with a resolved entry only");
        }
        if (version < 0) {
            throw new IllegalArgumentException("negative version " + version);
        }
    }

    /**
     * Creates a new open entry with a random id.
     *
     * @param kind  what kind of problem, not null
     * @param student  the student, not null
     * @param relatedStudent  the other student concerned, or null
     * @param place  the place of the student's school, not null
     * @param recordedAt  when the problem was found, not null
     * @throws NullPointerException if a value other than the related student is null
     */
    public ProblemRecord(ProblemKind kind, StudentId student, StudentId relatedStudent,
            Scope place, Instant recordedAt) {
        this(ProblemId.random(), kind, student, relatedStudent, place, recordedAt,
                ProblemState.OPEN, null, 0);
    }

    /**
     * Returns the other student concerned.
     *
     * @return the student, or empty if the entry concerns one student only
     */
    public Optional<StudentId> related() {
        return Optional.ofNullable(relatedStudent);
    }

    /**
     * Returns how the entry was resolved.
     *
     * @return the resolution, or empty while open
     */
    public Optional<ProblemResolution> resolutionIfAny() {
        return Optional.ofNullable(resolution);
    }

    /**
     * Tells whether the entry is open.
     *
     * @return true if open
     */
    public boolean isOpen() {
        return state == ProblemState.OPEN;
    }

    /**
     * Returns a resolved copy, keeping the version it was read at.
     *
     * @param newResolution  how it was resolved, not null
     * @return the resolved entry, not null
     */
    public ProblemRecord resolvedBy(ProblemResolution newResolution) {
        return new ProblemRecord(id, kind, student, relatedStudent, place, recordedAt,
                ProblemState.RESOLVED, requireNonNull(newResolution, "newResolution"), version);
    }

    /**
     * Returns a copy with another version; stores call this when they write.
     *
     * @param newVersion  the version, not negative
     * @return the copy, not null
     */
    public ProblemRecord withVersion(long newVersion) {
        return new ProblemRecord(id, kind, student, relatedStudent, place, recordedAt, state,
                resolution, newVersion);
    }

    /**
     * Describes the entry as field names to values, for the audit trail.
     *
     * @return the facts, in a fixed order, not null
     */
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("kind", kind.name());
        facts.put("student", student.toString());
        if (relatedStudent != null) {
            facts.put("relatedStudent", relatedStudent.toString());
        }
        facts.put("state", state.name());
        if (resolution != null) {
            facts.putAll(resolution.facts());
        }
        return facts;
    }
}
