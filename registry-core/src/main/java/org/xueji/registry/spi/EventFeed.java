package org.xueji.registry.spi;

import java.util.List;
import org.xueji.registry.event.FeedEntry;

/**
 * Reads the committed events of the outbox back in order, for change feeds such as the one to
 * the national system (变动数据推送).
 *
 * <p>Every committed event has a position. Positions are positive and increase in the order
 * readers see events: once a reader has seen position p, no event at a position at or below p
 * appears later. Gaps are allowed (an event of a rolled-back transaction leaves one); reuse is
 * not. A SQL outbox whose positions come from a sequence at insert time must not hand out a
 * position that a concurrent transaction may still commit below; it reads only up to the
 * lowest position still in flight, or assigns positions when events are relayed.
 *
 * <p>Implementations must be thread-safe.
 */
public interface EventFeed {

    /**
     * Reads the committed events after a position, oldest first.
     *
     * @param position  the last position read, 0 for the start of the feed, not negative
     * @param limit  the most entries to return, positive
     * @return the entries, by increasing position, not null, fewer than the limit only if no
     *     more are committed yet
     */
    List<FeedEntry> readAfter(long position, int limit);
}
