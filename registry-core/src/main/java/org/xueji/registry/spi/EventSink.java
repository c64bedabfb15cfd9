package org.xueji.registry.spi;

import org.xueji.registry.event.DomainEvent;

/**
 * Receives domain events, as an outbox: an event published inside a {@link UnitOfWork}
 * transaction is kept only if the transaction commits, and delivered by the adapter afterwards.
 *
 * <p>Implementations must be thread-safe.
 */
public interface EventSink {

    /**
     * Publishes an event as part of the current transaction.
     *
     * @param event  the event, not null
     */
    void publish(DomainEvent event);
}
