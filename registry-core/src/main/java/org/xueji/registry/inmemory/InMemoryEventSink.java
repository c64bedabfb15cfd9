package org.xueji.registry.inmemory;

import java.util.ArrayList;
import java.util.List;
import org.xueji.registry.event.DomainEvent;
import org.xueji.registry.spi.EventSink;

/**
 * An outbox in memory: it keeps every event of a committed transaction, in publication order, for
 * tests and demonstrations to read.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryEventSink implements EventSink {

    private final InMemoryUnitOfWork unitOfWork;
    private final List<DomainEvent> events = new ArrayList<>();

    InMemoryEventSink(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void publish(DomainEvent event) {
        unitOfWork.locked(() -> {
            events.add(event);
            unitOfWork.onRollBack(() -> removeLast(event));
            return null;
        });
    }

    private void removeLast(DomainEvent event) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) == event) {
                events.remove(i);
                return;
            }
        }
    }

    /**
     * Returns the events kept so far, oldest first.
     *
     * @return a copy of the events, not null
     */
    public List<DomainEvent> published() {
        return unitOfWork.locked(() -> List.copyOf(events));
    }
}
