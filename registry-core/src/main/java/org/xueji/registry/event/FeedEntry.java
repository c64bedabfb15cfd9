package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;

/**
 * An event as the outbox keeps it, with its position in the feed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param position  the event's position, positive, higher for every later committed event
 * @param event  the event, not null
 */
public record FeedEntry(long position, DomainEvent event) {

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if the event is null
     * @throws IllegalArgumentException if the position is not positive
     */
    public FeedEntry {
        Preconditions.checkArgument(position > 0, "position %s not positive", position);
        requireNonNull(event, "event");
    }
}
