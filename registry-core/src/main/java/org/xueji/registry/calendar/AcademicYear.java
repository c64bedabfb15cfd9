package org.xueji.registry.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.MonthDay;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * A school year (学年), such as 2026-2027, named by the calendar year in which it starts.
 *
 * <p>A school year runs from the registry's rollover day (1 August in Anhui and nationally) to the
 * day before the next one. Which day that is belongs to the province's policy, so
 * {@link #containing(LocalDate, MonthDay)} takes it as an argument.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcademicYear implements Comparable<AcademicYear> {

    private static final int MIN_START_YEAR = 1900;
    private static final int MAX_START_YEAR = 9998;

    private final int startYear;

    private AcademicYear(int startYear) {
        this.startYear = startYear;
    }

    /**
     * Obtains the school year that starts in the given calendar year.
     *
     * @param startYear  the calendar year of its autumn term, from 1900 to 9998
     * @return the school year, not null
     * @throws IllegalArgumentException if the year is out of range
     */
    public static AcademicYear of(int startYear) {
        if (startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) {
            throw new IllegalArgumentException("School year out of range: " + startYear);
        }
        return new AcademicYear(startYear);
    }

    /**
     * Parses a school year written as {@code 2026-2027}, {@code 2026—2027} or {@code 2026}.
     *
     * @param text  the text, not null
     * @return the school year, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_VALUE} if the text is not a school
     *     year, or names two years that do not follow each other
     */
    public static AcademicYear parse(CharSequence text) {
        requireNonNull(text, "text");
        String trimmed = text.toString().strip();
        String[] parts = trimmed.split("\\s*[-—–~至]\\s*", -1);
        try {
            int start = Integer.parseInt(parts[0]);
            boolean secondFollows = parts.length == 1
                    || (parts.length == 2 && Integer.parseInt(parts[1]) == start + 1);
            if (!secondFollows) {
                throw invalid(trimmed);
            }
            return of(start);
        } catch (IllegalArgumentException ex) {
            throw invalid(trimmed);
        }
    }

    /**
     * Obtains the school year that a day falls in, given the day each school year starts.
     *
     * @param date  the day, not null
     * @param firstDay  the month and day on which every school year starts, not null
     * @return the school year containing the day, not null
     * @throws IllegalArgumentException if that school year is out of range
     */
    public static AcademicYear containing(LocalDate date, MonthDay firstDay) {
        int year = date.getYear();
        return of(firstDay.atYear(year).isAfter(date) ? year - 1 : year);
    }

    /**
     * Returns the calendar year in which this school year starts.
     *
     * @return the start year
     */
    public int startYear() {
        return startYear;
    }

    /**
     * Returns the calendar year in which this school year ends.
     *
     * @return the end year, one more than the start year
     */
    public int endYear() {
        return startYear + 1;
    }

    /**
     * Returns the school year after this one.
     *
     * @return the next school year, not null
     */
    public AcademicYear next() {
        return plusYears(1);
    }

    /**
     * Returns the school year before this one.
     *
     * @return the previous school year, not null
     */
    public AcademicYear previous() {
        return plusYears(-1);
    }

    /**
     * Returns the school year the given number of years away from this one.
     *
     * @param years  the number of years to add, may be negative
     * @return the school year, not null
     * @throws IllegalArgumentException if the result is out of range
     */
    public AcademicYear plusYears(int years) {
        return years == 0 ? this : of(startYear + years);
    }

    /**
     * Returns the number of school years from this one to another.
     *
     * @param other  the later (or earlier) school year, not null
     * @return the number of years, negative if {@code other} is earlier
     */
    public int yearsUntil(AcademicYear other) {
        return other.startYear - startYear;
    }

    /**
     * Returns the first day of this school year, given the day every school year starts.
     *
     * @param firstDay  the month and day on which every school year starts, not null
     * @return the first day, not null
     */
    public LocalDate firstDay(MonthDay firstDay) {
        return firstDay.atYear(startYear);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AcademicYear && ((AcademicYear) obj).startYear == startYear;
    }

    @Override
    public int hashCode() {
        return startYear;
    }

    /**
     * Returns the school year as {@code 2026-2027}.
     *
     * @return the school year's name, not null
     */
    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }

    private static RegistryException invalid(String text) {
        return new RegistryException(
                ErrorCode.INVALID_VALUE,
                "学年“" + text + "”格式错误，应写作如“2026-2027”",
                "School year '" + text + "' is malformed; write it as 2026-2027");
    }
}
