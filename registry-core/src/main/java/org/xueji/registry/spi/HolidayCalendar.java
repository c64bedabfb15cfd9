package org.xueji.registry.spi;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Tells which days are working days (工作日), for the deadlines of change cases: each approving
 * party has a number of working days to decide.
 *
 * <p>China moves working days around public holidays: a holiday on a weekday is not a working
 * day, and a make-up working day (调休上班) on a Saturday or Sunday is one. The default,
 * {@link #weekdays()}, knows no holidays; a host supplies the State Council's yearly schedule
 * through an implementation of its own or the in-memory one.
 *
 * <p>Implementations must be thread-safe and answer quickly: a deadline asks about each day up
 * to it.
 */
public interface HolidayCalendar {

    /**
     * Tells whether a day is a working day.
     *
     * @param date  the day, not null
     * @return true if offices work that day
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * Returns the calendar in which Monday to Friday are working days and no day is a holiday.
     *
     * @return the calendar, not null
     */
    static HolidayCalendar weekdays() {
        return date -> date.getDayOfWeek() != DayOfWeek.SATURDAY
                && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
