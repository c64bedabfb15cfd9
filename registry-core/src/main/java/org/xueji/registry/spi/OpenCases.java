package org.xueji.registry.spi;

import org.xueji.registry.student.StudentId;

/**
 * Tells whether a student has an open change case (未办结的学籍异动): a transfer, suspension,
 * resumption, withdrawal or key-data correction that is neither completed, withdrawn nor finally
 * returned. Graduation waits until every such case of the student is closed.
 *
 * <p>The store of change cases implements this port over its own records: a SQL store answers
 * with an indexed existence query on the cases of the student whose state is open. The answer
 * must reflect the writes of the current {@link UnitOfWork} transaction, so a case opened in the
 * same transaction counts. Implementations must be thread-safe.
 */
public interface OpenCases {

    /**
     * Tells whether any change or key-data correction case of a student is open: neither
     * completed, withdrawn nor finally returned.
     *
     * @param student  the student, not null
     * @return true while such a case is open
     */
    boolean hasOpenCase(StudentId student);
}
