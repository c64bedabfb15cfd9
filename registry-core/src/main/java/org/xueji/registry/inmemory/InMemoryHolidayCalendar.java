package org.xueji.registry.inmemory;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.xueji.registry.spi.HolidayCalendar;

/**
 * A holiday calendar in memory: weekdays are working days, except the holidays added; weekend
 * days added as make-up working days (调休上班) are working days.
 *
 * <p>Changes take effect at once and are not part of any transaction. This class is thread-safe.
 */
public final class InMemoryHolidayCalendar implements HolidayCalendar {

    private final Set<LocalDate> holidays = ConcurrentHashMap.newKeySet();
    private final Set<LocalDate> makeUpDays = ConcurrentHashMap.newKeySet();

    /**
     * Creates a calendar of weekdays with no holidays.
     */
    public InMemoryHolidayCalendar() {
    }

    /**
     * Adds holidays, on which nobody works even if they fall on a weekday.
     *
     * @param dates  the holidays, not null
     * @return this calendar, not null
     */
    public InMemoryHolidayCalendar addHolidays(LocalDate... dates) {
        for (LocalDate date : dates) {
            holidays.add(requireNonNull(date, "date"));
        }
        return this;
    }

    /**
     * Adds make-up working days, on which offices work though they fall on a weekend.
     *
     * @param dates  the days, not null
     * @return this calendar, not null
     */
    public InMemoryHolidayCalendar addMakeUpWorkingDays(LocalDate... dates) {
        for (LocalDate date : dates) {
            makeUpDays.add(requireNonNull(date, "date"));
        }
        return this;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        requireNonNull(date, "date");
        if (makeUpDays.contains(date)) {
            return true;
        }
        return !holidays.contains(date) && HolidayCalendar.weekdays().isWorkingDay(date);
    }
}
