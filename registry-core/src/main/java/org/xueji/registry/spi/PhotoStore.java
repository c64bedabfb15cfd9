package org.xueji.registry.spi;

import java.util.Optional;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.StudentId;

/**
 * Stores one photo per student, replacing an earlier one.
 *
 * <p>Writes join the current {@link UnitOfWork} transaction. Implementations must be thread-safe.
 */
public interface PhotoStore {

    /**
     * Stores a student's photo, replacing the one stored before.
     *
     * @param student  the student, not null
     * @param photo  the photo, not null
     */
    void save(StudentId student, Photo photo);

    /**
     * Finds a student's photo.
     *
     * @param student  the student, not null
     * @return the photo, or empty if none is stored
     */
    Optional<Photo> find(StudentId student);
}
