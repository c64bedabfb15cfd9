package org.xueji.registry.event;

import java.time.Instant;
import org.xueji.registry.access.Scope;

/**
 * Something that happened in the registry that other systems may want to know (领域事件).
 *
 * <p>Use cases hand events to the {@link org.xueji.registry.spi.EventSink} inside their unit of
 * work, so an event is kept exactly when the change it reports is kept.
 */
public interface DomainEvent {

    /**
     * Returns when the event happened, by the registry's clock.
     *
     * @return the time, not null
     */
    Instant occurredAt();

    /**
     * Returns where in the hierarchy the event happened, so subscribers can route it.
     *
     * @return the place of the record concerned, not null
     */
    Scope place();
}
