package org.xueji.registry.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.Scope;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolIdentifier;

/**
 * Stores schools and branch schools. Key: the school identifier, unique.
 *
 * <p>Writes join the current {@link UnitOfWork} transaction. Implementations must be thread-safe.
 */
public interface SchoolStore {

    /**
     * Stores a new school, refusing it atomically if its identifier is taken.
     *
     * @param school  the school, version zero, not null
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#DUPLICATE} if a school
     *     with the same identifier is stored
     */
    void insert(School school);

    /**
     * Stores a changed school if the stored version equals the school's version.
     *
     * @param school  the changed school, carrying the version it was read at, not null
     * @return the school as stored, its version one higher, not null
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#STALE_VERSION} if the
     *     stored version differs, or {@link org.xueji.registry.ErrorCode#NOT_FOUND} if none is
     *     stored
     */
    School update(School school);

    /**
     * Finds a school by identifier.
     *
     * @param school  the identifier, not null
     * @return the school, or empty if none is stored
     */
    Optional<School> find(SchoolIdentifier school);

    /**
     * Finds only where a school lies: its authority's division and, for a branch school, its
     * central school. The registry calls this to decide access before it reads the school.
     *
     * @param school  the identifier, not null
     * @return the school's place, or empty if none is stored
     */
    Optional<Scope> placeOf(SchoolIdentifier school);

    /**
     * Lists the schools, branch schools included, whose authority's division lies within a
     * division, by identifier.
     *
     * @param division  the containing division, of any level, not null
     * @return the schools, not null
     */
    List<School> listWithin(DivisionCode division);

    /**
     * Lists the branch schools of a central school, by identifier.
     *
     * @param centralSchool  the central school, not null
     * @return the branch schools, not null, empty if it has none
     */
    List<School> listBranches(SchoolIdentifier centralSchool);

    /**
     * Holds a school against other units of work until the current one ends: another unit of
     * work that holds the same school waits until then. Enrollment holds the school first in
     * each form's unit of work, so that the class-size rule counts every student stored by an
     * earlier form, of the same batch or of a batch racing it, and two forms never both take a
     * class's last place. The reads that follow in the unit of work must see what the unit of
     * work that held the school before committed.
     *
     * <p>The default does nothing, which suffices for storage whose units of work run one at a
     * time, as the in-memory storage's do.
     *
     * @param school  the school, not null; holding a school that is not stored does nothing
     */
    default void hold(SchoolIdentifier school) {
        Objects.requireNonNull(school, "school");
    }
}
