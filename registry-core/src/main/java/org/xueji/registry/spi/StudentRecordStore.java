package org.xueji.registry.spi;

import java.util.List;
import org.xueji.registry.records.RecordEntry;
import org.xueji.registry.student.StudentId;

/**
 * Keeps the entries of students' records that need no review (Article 17): family members,
 * resume, exam results, evaluations, awards and punishments. Entries are appended and listed.
 *
 * <p>Writes join the current {@link UnitOfWork} transaction. Implementations must be thread-safe.
 */
public interface StudentRecordStore {

    /**
     * Appends an entry to a student's records.
     *
     * @param student  the student, not null
     * @param entry  the entry, not null
     */
    void append(StudentId student, RecordEntry entry);

    /**
     * Lists a student's entries in the order they were appended.
     *
     * @param student  the student, not null
     * @return the entries, not null, empty if there are none
     */
    List<RecordEntry> list(StudentId student);
}
