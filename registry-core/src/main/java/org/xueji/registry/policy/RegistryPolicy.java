package org.xueji.registry.policy;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.CalendarPolicy;

/**
 * The rules a province sets for its registry, as data and small rule objects. {@link #anhui()}
 * holds Anhui's rules, the shipped default; a province changes what differs with the
 * {@code with} methods.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegistryPolicy {

    private final CalendarPolicy calendar;
    private final ClassSizePolicy classSizes;

    private RegistryPolicy(CalendarPolicy calendar, ClassSizePolicy classSizes) {
        this.calendar = calendar;
        this.classSizes = classSizes;
    }

    /**
     * Returns Anhui's rules: the calendar of {@link CalendarPolicy#anhui()} (the school year
     * turns over on 1 August) and the class sizes of {@link ClassSizePolicy#anhui()}.
     *
     * @return the policy, not null
     */
    public static RegistryPolicy anhui() {
        return new RegistryPolicy(CalendarPolicy.anhui(), ClassSizePolicy.anhui());
    }

    /**
     * Returns the dates of each school year, including the rollover day.
     *
     * @return the calendar policy, not null
     */
    public CalendarPolicy calendar() {
        return calendar;
    }

    /**
     * Returns the class-size caps and what happens above them.
     *
     * @return the class-size policy, not null
     */
    public ClassSizePolicy classSizes() {
        return classSizes;
    }

    /**
     * Returns the school year that a day falls in under this policy's calendar.
     *
     * @param date  the day, not null
     * @return the school year, not null
     */
    public AcademicYear schoolYearOn(LocalDate date) {
        return calendar.yearContaining(requireNonNull(date, "date"));
    }

    /**
     * Returns the school year the day of a clock falls in, in the clock's time zone.
     *
     * @param clock  the clock, not null
     * @return the school year, not null
     */
    public AcademicYear currentSchoolYear(Clock clock) {
        return schoolYearOn(LocalDate.now(requireNonNull(clock, "clock")));
    }

    /**
     * Returns a copy with another calendar.
     *
     * @param newCalendar  the calendar policy, not null
     * @return the changed policy, not null
     */
    public RegistryPolicy withCalendar(CalendarPolicy newCalendar) {
        return new RegistryPolicy(requireNonNull(newCalendar, "newCalendar"), classSizes);
    }

    /**
     * Returns a copy with other class-size rules.
     *
     * @param newClassSizes  the rules, not null
     * @return the changed policy, not null
     */
    public RegistryPolicy withClassSizes(ClassSizePolicy newClassSizes) {
        return new RegistryPolicy(calendar, requireNonNull(newClassSizes, "newClassSizes"));
    }
}
