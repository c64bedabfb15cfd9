package org.xueji.registry.inmemory;

import java.util.ArrayList;
import java.util.List;
import org.xueji.registry.event.DomainEvent;
import org.xueji.registry.event.FeedEntry;
import org.xueji.registry.spi.EventFeed;
import org.xueji.registry.spi.EventSink;

/**
 * An outbox in memory: it keeps every event of a committed transaction, in publication order, for
 * tests and demonstrations to read, and reads them back as a feed.
 *
 * <p>Positions count up from 1 and are never reused: an event of a rolled-back transaction leaves
 * a gap. Since one lock serialises every transaction, no reader sees an event before its
 * transaction commits, so positions increase in the order readers see events.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryEventSink implements EventSink, EventFeed {

    private final InMemoryUnitOfWork unitOfWork;
    private final List<FeedEntry> entries = new ArrayList<>();
    private long lastPosition;

    InMemoryEventSink(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void publish(DomainEvent event) {
        unitOfWork.locked(() -> {
            FeedEntry entry = new FeedEntry(++lastPosition, event);
            entries.add(entry);
            unitOfWork.onRollBack(() -> entries.remove(entry));
            return null;
        });
    }

    @Override
    public List<FeedEntry> readAfter(long position, int limit) {
        if (position < 0 || limit <= 0) {
            throw new IllegalArgumentException("position " + position + ", limit " + limit);
        }
        return unitOfWork.locked(() -> entries.stream()
                .filter(entry -> entry.position() > position).limit(limit).toList());
    }

    /**
     * Returns the events kept so far, oldest first.
     *
     * @return a copy of the events, not null
     */
    public List<DomainEvent> published() {
        return unitOfWork.locked(() -> entries.stream().map(FeedEntry::event).toList());
    }
}
