package org.xueji.registry.internal;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.xueji.registry.calendar.AcademicCalendar;
import org.xueji.registry.calendar.CalendarPolicy;
import org.xueji.registry.spi.CalendarStore;
import org.xueji.registry.spi.UnitOfWork;

/**
 * Reads the registry's stored academic calendar, storing the first one, in the school year that
 * contains today, when the store is still empty. Not API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Calendars {

    private final CalendarStore store;
    private final UnitOfWork unitOfWork;
    private final CalendarPolicy policy;
    private final Clock clock;

    /**
     * Creates the reader.
     *
     * @param store  the calendar store, not null
     * @param unitOfWork  the storage's unit of work, not null
     * @param policy  the province's calendar policy, not null
     * @param clock  the registry's clock, not null
     */
    public Calendars(CalendarStore store, UnitOfWork unitOfWork, CalendarPolicy policy,
            Clock clock) {
        this.store = requireNonNull(store, "store");
        this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
        this.policy = requireNonNull(policy, "policy");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Returns the stored calendar, storing the first one if there is none.
     *
     * @return the calendar, not null
     */
    public AcademicCalendar current() {
        Optional<AcademicCalendar> stored = store.find();
        if (stored.isPresent()) {
            return stored.get();
        }
        AcademicCalendar first = AcademicCalendar.startingOn(policy, today());
        return unitOfWork.inNewTransaction(() -> {
            if (store.compareAndSet(null, first)) {
                return first;
            }
            return store.find().orElseThrow();
        });
    }

    /**
     * Returns today by the registry's clock.
     *
     * @return the day, not null
     */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
