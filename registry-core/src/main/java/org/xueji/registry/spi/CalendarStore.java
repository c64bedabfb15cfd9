package org.xueji.registry.spi;

import java.util.Optional;
import org.xueji.registry.calendar.AcademicCalendar;

/**
 * Keeps the registry's one {@link AcademicCalendar}: its current school year and the rollover's
 * state.
 *
 * <p>A change is a compare-and-set, so that two administrators moving the calendar at once get
 * one success. Writes join the current {@link UnitOfWork} transaction. Implementations must be
 * thread-safe.
 */
public interface CalendarStore {

    /**
     * Finds the stored calendar.
     *
     * @return the calendar, or empty if none was stored yet
     */
    Optional<AcademicCalendar> find();

    /**
     * Stores a calendar if the stored one equals the expected one.
     *
     * @param expected  the calendar read before, or null if none was stored
     * @param replacement  the calendar to store, not null
     * @return true if it was stored, false if the stored calendar was not the expected one
     */
    boolean compareAndSet(AcademicCalendar expected, AcademicCalendar replacement);
}
