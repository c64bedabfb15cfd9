package org.xueji.registry.spi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.Scope;
import org.xueji.registry.change.CaseId;
import org.xueji.registry.change.ChangeCase;
import org.xueji.registry.change.ChangeKind;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.student.StudentId;

/**
 * Stores change cases (学籍变动申请). Key: the case id, unique. A case is written whole, its
 * steps with it; updates are optimistic by version, so two approvers deciding the same step get
 * one success and one {@link org.xueji.registry.ErrorCode#STALE_VERSION} failure.
 *
 * <p>Cases are never deleted. Writes join the current {@link UnitOfWork} transaction.
 * Implementations must be thread-safe.
 */
public interface ChangeCaseStore {

    /**
     * Stores a new case.
     *
     * @param changeCase  the case, version zero, not null
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#DUPLICATE} if a case
     *     with the same id is stored
     */
    void insert(ChangeCase changeCase);

    /**
     * Stores a changed case if the stored version equals the case's version.
     *
     * @param changeCase  the changed case, carrying the version it was read at, not null
     * @return the case as stored, its version one higher, not null
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#STALE_VERSION} if the
     *     stored version differs, or {@link org.xueji.registry.ErrorCode#NOT_FOUND} if none is
     *     stored
     */
    ChangeCase update(ChangeCase changeCase);

    /**
     * Finds a case by id.
     *
     * @param id  the id, not null
     * @return the case, or empty if none is stored
     */
    Optional<ChangeCase> find(CaseId id);

    /**
     * Lists every case of a student, open or closed, in the order they were applied for (by
     * application time, then id).
     *
     * @param student  the student, not null
     * @return the cases, not null
     */
    List<ChangeCase> listForStudent(StudentId student);

    /**
     * Lists a student's open cases ({@link org.xueji.registry.change.CaseState#isOpen()}), in
     * the order they were applied for.
     *
     * @param student  the student, not null
     * @return the cases, not null
     */
    List<ChangeCase> listOpenForStudent(StudentId student);

    /**
     * Lists an approver's inbox: the cases awaiting a decision whose current step the approver
     * {@linkplain org.xueji.registry.change.ApprovalStep#isDecidableBy(Scope) may decide}, in
     * the order they were applied for. A SQL store keeps the current step's scope in columns of
     * the case row to answer this with an index.
     *
     * @param approver  the approver's scope, not null
     * @return the cases, not null
     */
    List<ChangeCase> listPendingFor(Scope approver);

    /**
     * Counts the cases completed (办结) in a period whose place lies within a division, by kind:
     * one grouped count ({@code GROUP BY kind} in SQL), never a read of the cases.
     *
     * @param division  the containing division, of any level, not null
     * @param from  the start of the period, included, not null
     * @param until  the end of the period, excluded, not null
     * @return each kind with completed cases to their number, not null
     */
    Map<ChangeKind, Long> countCompletedWithin(DivisionCode division, Instant from,
            Instant until);
}
