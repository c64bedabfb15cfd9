package org.xueji.registry.inmemory;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.xueji.registry.spi.OpenCases;
import org.xueji.registry.student.StudentId;

/**
 * The open change cases in memory: a register of which cases of which students are open, kept
 * by the in-memory store of change cases when it opens and closes them.
 *
 * <p>Opening and closing join the caller's transaction and are undone if it rolls back, like
 * every other in-memory write. A case is named by a reference of the change-case store's
 * choosing (its id as text); opening a case twice, or closing one that is not open, changes
 * nothing.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryOpenCases implements OpenCases {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<StudentId, Set<String>> open = new HashMap<>();

    InMemoryOpenCases(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /**
     * Records that a case of a student is open.
     *
     * @param student  the student, not null
     * @param caseRef  the case's reference, not null
     */
    public void open(StudentId student, String caseRef) {
        requireNonNull(student, "student");
        requireNonNull(caseRef, "caseRef");
        unitOfWork.locked(() -> {
            if (open.computeIfAbsent(student, id -> new HashSet<>()).add(caseRef)) {
                unitOfWork.onRollBack(() -> remove(student, caseRef));
            }
            return null;
        });
    }

    /**
     * Records that a case of a student is closed: completed, withdrawn or finally returned.
     *
     * @param student  the student, not null
     * @param caseRef  the case's reference, not null
     */
    public void close(StudentId student, String caseRef) {
        requireNonNull(student, "student");
        requireNonNull(caseRef, "caseRef");
        unitOfWork.locked(() -> {
            if (remove(student, caseRef)) {
                unitOfWork.onRollBack(() ->
                        open.computeIfAbsent(student, id -> new HashSet<>()).add(caseRef));
            }
            return null;
        });
    }

    @Override
    public boolean hasOpenCase(StudentId student) {
        requireNonNull(student, "student");
        return unitOfWork.locked(() -> open.containsKey(student));
    }

    private boolean remove(StudentId student, String caseRef) {
        Set<String> cases = open.get(student);
        if (cases == null || !cases.remove(caseRef)) {
            return false;
        }
        if (cases.isEmpty()) {
            open.remove(student);
        }
        return true;
    }
}
