package org.xueji.registry.spi;

import java.util.List;
import org.xueji.registry.access.Scope;
import org.xueji.registry.problem.ProblemRecord;

/**
 * Keeps the problem queue (问题学籍): entries are added and listed; resolving them is not yet a
 * port operation.
 *
 * <p>Writes join the current {@link UnitOfWork} transaction. Implementations must be thread-safe.
 */
public interface ProblemStore {

    /**
     * Adds an entry.
     *
     * @param problem  the entry, not null
     */
    void add(ProblemRecord problem);

    /**
     * Lists the entries whose place lies within a scope, oldest first.
     *
     * @param scope  the reader's scope, not null
     * @return the entries, not null
     */
    List<ProblemRecord> listWithin(Scope scope);
}
