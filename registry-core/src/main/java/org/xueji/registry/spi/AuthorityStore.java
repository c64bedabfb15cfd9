package org.xueji.registry.spi;

import java.util.List;
import java.util.Optional;
import org.xueji.registry.RegistryException;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.organisation.Authority;
import org.xueji.registry.organisation.UnitCode;

/**
 * Stores registry authorities. Keys: the unit code, and the division (one authority per
 * division); both unique.
 *
 * <p>Writes join the current {@link UnitOfWork} transaction. Implementations must be thread-safe.
 */
public interface AuthorityStore {

    /**
     * Stores a new authority, refusing it atomically if its unit code or division is taken.
     *
     * @param authority  the authority, version zero, not null
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#DUPLICATE} if an
     *     authority with the same unit code or division is stored
     */
    void insert(Authority authority);

    /**
     * Stores a changed authority if the stored version equals the authority's version.
     *
     * @param authority  the changed authority, carrying the version it was read at, not null
     * @return the authority as stored, its version one higher, not null
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#STALE_VERSION} if the
     *     stored version differs, or {@link org.xueji.registry.ErrorCode#NOT_FOUND} if none is
     *     stored
     */
    Authority update(Authority authority);

    /**
     * Finds an authority by unit code.
     *
     * @param code  the unit code, not null
     * @return the authority, or empty if none is stored
     */
    Optional<Authority> find(UnitCode code);

    /**
     * Finds the authority of a division.
     *
     * @param division  the division, not null
     * @return the authority, or empty if none is stored
     */
    Optional<Authority> findByDivision(DivisionCode division);

    /**
     * Lists the authorities whose division lies within a division, by division code.
     *
     * @param division  the containing division, of any level, not null
     * @return the authorities, not null
     */
    List<Authority> listWithin(DivisionCode division);
}
