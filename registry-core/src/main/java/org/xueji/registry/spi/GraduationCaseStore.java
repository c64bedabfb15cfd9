package org.xueji.registry.spi;

import java.util.List;
import java.util.Optional;
import org.xueji.registry.RegistryException;
import org.xueji.registry.graduation.GraduationCase;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.student.StudentId;

/**
 * Stores senior-high graduation cases, one per student, with optimistic versions.
 *
 * <p>Writes join the current {@link UnitOfWork} transaction. Implementations must be
 * thread-safe.
 */
public interface GraduationCaseStore {

    /**
     * Stores a new case.
     *
     * @param graduationCase  the case, version zero, not null
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#DUPLICATE} if the
     *     student already has one
     */
    void insert(GraduationCase graduationCase);

    /**
     * Stores a changed case if the stored version equals the case's version.
     *
     * @param graduationCase  the changed case, carrying the version it was read at, not null
     * @return the case as stored, its version one higher, not null
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#STALE_VERSION} if the
     *     stored version differs, or {@link org.xueji.registry.ErrorCode#NOT_FOUND} if none is
     *     stored
     */
    GraduationCase update(GraduationCase graduationCase);

    /**
     * Finds a student's case.
     *
     * @param student  the student, not null
     * @return the case, or empty if none is stored
     */
    Optional<GraduationCase> find(StudentId student);

    /**
     * Lists the cases in a state whose school's authority lies within a division, by student.
     *
     * @param division  the containing division, of any level, not null
     * @param state  the state, not null
     * @return the cases, not null
     */
    List<GraduationCase> listWithin(DivisionCode division, GraduationCase.State state);
}
