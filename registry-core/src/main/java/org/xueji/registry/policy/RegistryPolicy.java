package org.xueji.registry.policy;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import org.xueji.registry.calendar.AcademicYear;

/**
 * The rules a province sets for its registry, as data and small rule objects. {@link #anhui()}
 * holds Anhui's rules, the shipped default; a province changes what differs with the
 * {@code with} methods.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegistryPolicy {

    private static final MonthDay AUGUST_FIRST = MonthDay.of(8, 1);

    private final MonthDay rolloverDay;
    private final ClassSizePolicy classSizes;

    private RegistryPolicy(MonthDay rolloverDay, ClassSizePolicy classSizes) {
        this.rolloverDay = rolloverDay;
        this.classSizes = classSizes;
    }

    /**
     * Returns Anhui's rules: the school year turns over on 1 August, class sizes as
     * {@link ClassSizePolicy#anhui()}.
     *
     * @return the policy, not null
     */
    public static RegistryPolicy anhui() {
        return new RegistryPolicy(AUGUST_FIRST, ClassSizePolicy.anhui());
    }

    /**
     * Returns the day on which each school year starts and every student moves up a grade.
     *
     * @return the rollover day, not null
     */
    public MonthDay rolloverDay() {
        return rolloverDay;
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
     * Returns the school year that a day falls in under this policy's rollover day.
     *
     * @param date  the day, not null
     * @return the school year, not null
     */
    public AcademicYear schoolYearOn(LocalDate date) {
        return AcademicYear.containing(requireNonNull(date, "date"), rolloverDay);
    }

    /**
     * Returns the current school year by a clock, in the clock's time zone.
     *
     * @param clock  the clock, not null
     * @return the school year, not null
     */
    public AcademicYear currentSchoolYear(Clock clock) {
        return schoolYearOn(LocalDate.now(requireNonNull(clock, "clock")));
    }

    /**
     * Returns a copy with another rollover day.
     *
     * @param newRolloverDay  the day each school year starts, not null
     * @return the changed policy, not null
     */
    public RegistryPolicy withRolloverDay(MonthDay newRolloverDay) {
        return new RegistryPolicy(requireNonNull(newRolloverDay, "newRolloverDay"), classSizes);
    }

    /**
     * Returns a copy with other class-size rules.
     *
     * @param newClassSizes  the rules, not null
     * @return the changed policy, not null
     */
    public RegistryPolicy withClassSizes(ClassSizePolicy newClassSizes) {
        return new RegistryPolicy(rolloverDay, requireNonNull(newClassSizes, "newClassSizes"));
    }
}
