package org.xueji.registry.spi;

import java.util.List;
import org.xueji.registry.change.HistoryEntry;
import org.xueji.registry.student.StudentId;

/**
 * Keeps the entries of students' histories that are neither change cases nor enrollment steps:
 * class changes, edits, registry-number changes and the like. Entries are keyed by student, not
 * by school, and are only appended, never changed.
 *
 * <p>Writes join the current {@link UnitOfWork} transaction. Implementations must be thread-safe.
 */
public interface HistoryStore {

    /**
     * Appends an entry to a student's history.
     *
     * @param student  the student, not null
     * @param entry  the entry, not a change-case entry, not null
     */
    void append(StudentId student, HistoryEntry entry);

    /**
     * Lists a student's entries in the order they were appended.
     *
     * @param student  the student, not null
     * @return the entries, not null, empty if there are none
     */
    List<HistoryEntry> list(StudentId student);
}
