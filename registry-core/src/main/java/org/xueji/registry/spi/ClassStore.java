package org.xueji.registry.spi;

import java.util.List;
import java.util.Optional;
import org.xueji.registry.RegistryException;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;

/**
 * Stores classes. Key: the class id (school, cohort, number), unique.
 *
 * <p>Writes join the current {@link UnitOfWork} transaction. Implementations must be thread-safe.
 */
public interface ClassStore {

    /**
     * Stores a new class, refusing it atomically if its id is taken.
     *
     * @param schoolClass  the class, version zero, not null
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#DUPLICATE} if a class
     *     with the same id is stored
     */
    void insert(SchoolClass schoolClass);

    /**
     * Stores a changed class if the stored version equals the class's version.
     *
     * @param schoolClass  the changed class, carrying the version it was read at, not null
     * @return the class as stored, its version one higher, not null
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#STALE_VERSION} if the
     *     stored version differs, or {@link org.xueji.registry.ErrorCode#NOT_FOUND} if none is
     *     stored
     */
    SchoolClass update(SchoolClass schoolClass);

    /**
     * Finds a class by id.
     *
     * @param id  the class id, not null
     * @return the class, or empty if none is stored
     */
    Optional<SchoolClass> find(ClassId id);

    /**
     * Lists a school's classes, by id.
     *
     * @param school  the school, not null
     * @return the classes, not null
     */
    List<SchoolClass> listBySchool(SchoolIdentifier school);

    /**
     * Lists a school's classes of one cohort, that is of one grade in any given year, by id.
     *
     * @param school  the school, not null
     * @param cohort  the school year in which the classes' students were in grade 1, not null
     * @return the classes, not null
     */
    List<SchoolClass> listByCohort(SchoolIdentifier school, AcademicYear cohort);
}
