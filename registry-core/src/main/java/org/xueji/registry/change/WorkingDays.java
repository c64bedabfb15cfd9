package org.xueji.registry.change;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import org.xueji.registry.spi.HolidayCalendar;

/**
 * Counts working days (工作日) by a {@link HolidayCalendar}, for the deadlines of change cases.
 *
 * <p>This class is immutable and thread-safe if its calendar is.
 */
public final class WorkingDays {

    private static final int MAX_SCAN_DAYS = 3660;

    private final HolidayCalendar calendar;

    private WorkingDays(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * Obtains the counter of a calendar.
     *
     * @param calendar  the holiday calendar, not null
     * @return the counter, not null
     */
    public static WorkingDays of(HolidayCalendar calendar) {
        return new WorkingDays(requireNonNull(calendar, "calendar"));
    }

    /**
     * Returns the day on which a number of working days after a start day have passed: with
     * {@code days} 10, the tenth working day after {@code start}, not counting the start day.
     * With zero days, the start day itself.
     *
     * @param start  the day the period starts, not null
     * @param days  the number of working days, not negative
     * @return the last day of the period, not null
     * @throws IllegalArgumentException if the days are negative
     * @throws IllegalStateException if the calendar has no working day for ten years
     */
    public LocalDate plus(LocalDate start, int days) {
        requireNonNull(start, "start");
        Preconditions.checkArgument(days >= 0, "negative working days %s", days);
        LocalDate date = start;
        int counted = 0;
        int scanned = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (++scanned > MAX_SCAN_DAYS) {
                throw new IllegalStateException("No working day in ten years after " + start);
            }
            if (calendar.isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * Tells whether a day is a working day.
     *
     * @param date  the day, not null
     * @return true if it is a working day by the calendar
     */
    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(requireNonNull(date, "date"));
    }
}
