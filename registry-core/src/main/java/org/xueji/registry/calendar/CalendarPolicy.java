package org.xueji.registry.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A province's calendar policy (校历政策): the {@link SchoolYearDates} of every school year.
 *
 * <p>The policy repeats one year's dates, moved to each year, and lets single years be
 * overridden, because the national and provincial dates have moved between years (the spring
 * term follows the Spring Festival; some years set other deadlines).
 *
 * <p>{@link #anhui()} is the shipped default. It holds the dates of Anhui's rules (Articles 15 and
 * 18: collection and review by 30 September, graduation by 31 July, rollover on 1 August) and no
 * per-year overrides; a deployment adds the dates its education department publishes for each
 * year with {@link #withYear(SchoolYearDates)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarPolicy {

    /** A school year ending in a leap year, so that a repeated 29 February survives. */
    private static final AcademicYear TEMPLATE_YEAR = AcademicYear.of(2003);
    private static final CalendarPolicy ANHUI =
            repeating(SchoolYearDates.standard(AcademicYear.of(2025)));

    private final SchoolYearDates template;
    private final ImmutableSortedMap<AcademicYear, SchoolYearDates> overrides;

    private CalendarPolicy(
            SchoolYearDates template, ImmutableSortedMap<AcademicYear, SchoolYearDates> overrides) {
        this.template = template;
        this.overrides = overrides;
    }

    /**
     * Returns Anhui's calendar policy: the {@linkplain SchoolYearDates#standard standard} dates in
     * every year.
     *
     * @return the policy, not null
     */
    public static CalendarPolicy anhui() {
        return ANHUI;
    }

    /**
     * Obtains a policy that repeats one school year's dates in every year, keeping their months
     * and days.
     *
     * @param template  the dates to repeat, of any school year, not null
     * @return the policy, not null
     * @throws IllegalArgumentException if the template has a 29 February in its start year
     */
    public static CalendarPolicy repeating(SchoolYearDates template) {
        return new CalendarPolicy(
                requireNonNull(template, "template").shiftedTo(TEMPLATE_YEAR),
                ImmutableSortedMap.of());
    }

    /**
     * Returns a copy of this policy whose dates for one school year are the given ones.
     *
     * @param dates  the dates, which name their school year, not null
     * @return the new policy, not null
     */
    public CalendarPolicy withYear(SchoolYearDates dates) {
        requireNonNull(dates, "dates");
        ImmutableSortedMap.Builder<AcademicYear, SchoolYearDates> builder =
                ImmutableSortedMap.naturalOrder();
        overrides.forEach((year, existing) -> {
            if (!year.equals(dates.year())) {
                builder.put(year, existing);
            }
        });
        return new CalendarPolicy(template, builder.put(dates.year(), dates).build());
    }

    /**
     * Returns a copy of this policy whose dates for one school year are the given ones.
     *
     * @param year  the school year, not null
     * @param dates  its dates, not null
     * @return the new policy, not null
     * @throws IllegalArgumentException if the dates belong to another school year
     */
    public CalendarPolicy withYear(AcademicYear year, SchoolYearDates dates) {
        checkArgument(year.equals(dates.year()), "Dates of %s given for %s", dates.year(), year);
        return withYear(dates);
    }

    /**
     * Returns the dates of a school year: its override if there is one, otherwise the repeated
     * dates moved to that year.
     *
     * @param year  the school year, not null
     * @return the dates, not null
     */
    public SchoolYearDates dates(AcademicYear year) {
        requireNonNull(year, "year");
        SchoolYearDates override = overrides.get(year);
        return override != null ? override : template.shiftedTo(year);
    }

    /**
     * Returns the school year a day falls in: the one whose first day (the previous year's
     * rollover day) is on or before it and whose own rollover day is after it.
     *
     * <p>This is where the calendar says a day belongs; the registry's current year is
     * {@link AcademicCalendar}'s state, which moves only when the rollover runs.
     *
     * @param date  the day, not null
     * @return the school year, not null
     * @throws IllegalArgumentException if the day is outside the school years from 1900-1901 to
     *     9998-9999
     */
    public AcademicYear yearContaining(LocalDate date) {
        AcademicYear endingThisCalendarYear = AcademicYear.of(date.getYear() - 1);
        return date.isBefore(dates(endingThisCalendarYear).rolloverDay())
                ? endingThisCalendarYear
                : endingThisCalendarYear.next();
    }

    /**
     * Returns the dates set for single years, by school year.
     *
     * @return the overrides, not null, unmodifiable
     */
    public Map<AcademicYear, SchoolYearDates> overrides() {
        return overrides;
    }

    /**
     * Returns the override for a school year, if one was set.
     *
     * @param year  the school year, not null
     * @return the override, or empty if the year uses the repeated dates
     */
    public Optional<SchoolYearDates> override(AcademicYear year) {
        return Optional.ofNullable(overrides.get(requireNonNull(year, "year")));
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof CalendarPolicy)) {
            return false;
        }
        CalendarPolicy other = (CalendarPolicy) obj;
        return template.equals(other.template) && overrides.equals(other.overrides);
    }

    @Override
    public int hashCode() {
        return 31 * template.hashCode() + overrides.hashCode();
    }

    /**
     * Returns the repeated dates and the overrides, for debugging.
     *
     * @return a description, not null
     */
    @Override
    public String toString() {
        return "CalendarPolicy[repeating " + template + ", overrides " + overrides.values() + "]";
    }
}
