package org.xueji.registry.problem;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.xueji.registry.access.Actor;
import org.xueji.registry.spi.RegistryStorage;

/**
 * The problem queue (问题学籍) as the authorities and schools read it: duplicate suspects and
 * students entering a later stage without an earlier record, found at enrollment, and the
 * problems the national system flags, imported through the exchange.
 *
 * <p>Entries are listed only; resolving one by proof, correction or deletion is not yet offered.
 *
 * <p>Obtain it from {@link org.xueji.registry.Registry#problems()}. This class is thread-safe.
 */
public final class Problems {

    private final RegistryStorage storage;

    /**
     * Creates the use cases over a storage; {@link org.xueji.registry.Registry} does this.
     *
     * @param storage  the storage, not null
     */
    public Problems(RegistryStorage storage) {
        this.storage = requireNonNull(storage, "storage");
    }

    /**
     * Lists the entries about students whose school lies in the actor's scope, oldest first.
     *
     * @param actor  the reader, not null
     * @return the entries, not null
     */
    public List<ProblemRecord> list(Actor actor) {
        requireNonNull(actor, "actor");
        return storage.unitOfWork().inTransaction(
                () -> storage.problems().listWithin(actor.scope()));
    }
}
