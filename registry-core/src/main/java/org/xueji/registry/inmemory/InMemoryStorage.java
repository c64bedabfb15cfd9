package org.xueji.registry.inmemory;

import org.xueji.registry.spi.AuditTrail;
import org.xueji.registry.spi.AuthorityStore;
import org.xueji.registry.spi.ClassStore;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.SchoolStore;
import org.xueji.registry.spi.UnitOfWork;

/**
 * Storage in memory, for tests, demonstrations and vendors' unit tests: every port of the
 * registry, safe under concurrent use, nothing kept after the process ends.
 *
 * <p>One lock serialises transactions and store accesses, and each transaction keeps an undo log,
 * so a failed use case leaves nothing behind and two threads racing to create the same record get
 * one success and one {@link org.xueji.registry.ErrorCode#DUPLICATE} failure.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryStorage implements RegistryStorage {

    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryAuthorityStore authorities = new InMemoryAuthorityStore(unitOfWork);
    private final InMemorySchoolStore schools = new InMemorySchoolStore(unitOfWork);
    private final InMemoryClassStore classes = new InMemoryClassStore(unitOfWork);
    private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail(unitOfWork);
    private final InMemoryEventSink events = new InMemoryEventSink(unitOfWork);

    /**
     * Creates empty storage.
     */
    public InMemoryStorage() {
    }

    @Override
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    public AuthorityStore authorities() {
        return authorities;
    }

    @Override
    public SchoolStore schools() {
        return schools;
    }

    @Override
    public ClassStore classes() {
        return classes;
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    /**
     * Returns the event outbox, whose kept events tests can read.
     *
     * @return the sink, not null
     */
    @Override
    public InMemoryEventSink events() {
        return events;
    }
}
