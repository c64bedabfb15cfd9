package org.xueji.registry.spi;

import java.util.List;
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

    /**
     * Publishes several events in order as part of the current transaction, as many calls of
     * {@link #publish} would; a SQL adapter writes them with one batched statement. The default
     * publishes them one at a time.
     *
     * @param events  the events, not null, may be empty
     */
    default void publishAll(List<? extends DomainEvent> events) {
        for (DomainEvent event : events) {
            publish(event);
        }
    }
}
