package org.xueji.registry.spi;

import java.util.List;
import java.util.Optional;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.student.RegistryNumberChange;
import org.xueji.registry.student.StudentId;

/**
 * Keeps the registry numbers students held before: each replacement, such as a temporary L
 * number by a G number, is appended and never changed. A former number stays with its student,
 * so it is never handed to another one, and answers that name it still find the student.
 *
 * <p>Writes join the current {@link UnitOfWork} transaction. Implementations must be thread-safe.
 */
public interface RegistryNumberHistory {

    /**
     * Appends a replacement.
     *
     * @param change  the replacement, not null
     */
    void append(RegistryNumberChange change);

    /**
     * Lists a student's replacements, oldest first.
     *
     * @param student  the student, not null
     * @return the replacements, not null, empty if there are none
     */
    List<RegistryNumberChange> list(StudentId student);

    /**
     * Finds the replacement that retired a number.
     *
     * @param former  the retired number, not null
     * @return the replacement, or empty if no student held the number before
     */
    Optional<RegistryNumberChange> findByFormer(RegistryNumber former);
}
