package org.xueji.registry.spi;

import java.util.List;
import java.util.Optional;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.Scope;
import org.xueji.registry.problem.ProblemFilter;
import org.xueji.registry.problem.ProblemId;
import org.xueji.registry.problem.ProblemKind;
import org.xueji.registry.problem.ProblemRecord;
import org.xueji.registry.student.StudentId;

/**
 * Keeps the problem queue (问题学籍). Unique: the id; and among open entries the pair (kind,
 * student), so that two scans racing over the same records add one entry, not two. A SQL store
 * keeps this with a unique index on (kind, student, open marker) whose marker column is set
 * while the entry is open and null once resolved (engines let nulls repeat in a unique index).
 * Resolved entries are kept, never deleted.
 *
 * <p>Entries hold no personal data: ids, the place of the student's school, and the
 * resolution's note and proof references.
 *
 * <p>Writes join the current {@link UnitOfWork} transaction. Implementations must be thread-safe.
 */
public interface ProblemStore {

    /**
     * Adds an open entry, refusing it atomically if an open entry of the same kind about the
     * same student is stored.
     *
     * @param problem  the entry, open, version zero, not null
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#DUPLICATE} if the id
     *     is stored, or an open entry of the same kind and student is
     */
    void add(ProblemRecord problem);

    /**
     * Stores a changed entry if the stored version equals the entry's version.
     *
     * @param problem  the changed entry, carrying the version it was read at, not null
     * @return the entry as stored, its version one higher, not null
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#STALE_VERSION} if the
     *     stored version differs, or {@link org.xueji.registry.ErrorCode#NOT_FOUND} if none is
     *     stored
     */
    ProblemRecord update(ProblemRecord problem);

    /**
     * Finds an entry by id.
     *
     * @param id  the id, not null
     * @return the entry, or empty if none is stored
     */
    Optional<ProblemRecord> find(ProblemId id);

    /**
     * Finds the open entry of a kind about a student; there is at most one.
     *
     * @param kind  the kind, not null
     * @param student  the student, not null
     * @return the entry, or empty if none is open
     */
    Optional<ProblemRecord> findOpen(ProblemKind kind, StudentId student);

    /**
     * Lists every entry about a student, open or resolved, oldest first.
     *
     * @param student  the student, not null
     * @return the entries, not null
     */
    List<ProblemRecord> listForStudent(StudentId student);

    /**
     * Lists the entries whose place lies within a scope and that fit a filter, oldest first.
     *
     * @param scope  the reader's scope, not null
     * @param filter  which states and kinds, not null
     * @return the entries, not null
     */
    List<ProblemRecord> list(Scope scope, ProblemFilter filter);

    /**
     * Lists every entry whose place lies within a scope, oldest first; the same as {@link
     * #list} with {@link ProblemFilter#all()}.
     *
     * @param scope  the reader's scope, not null
     * @return the entries, not null
     */
    default List<ProblemRecord> listWithin(Scope scope) {
        return list(scope, ProblemFilter.all());
    }
}
