package org.xueji.registry.calendar;

import java.util.Optional;

/**
 * A grade (年级) of primary and secondary school, counted from 1 to 12 across the stages: grades
 * 1 to 9 are compulsory education and grades 10 to 12 are senior high school (高一 to 高三).
 *
 * <p>Which of grades 6 to 9 is junior school depends on the school system (六三制 or 五四制); that
 * is the school system's business, not this type's. The registry stores no grade per year: it
 * stores a cohort, the school year in which the student was or would have been in grade 1, and
 * derives the grade from the current school year with {@link #of(AcademicYear, AcademicYear)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Grade implements Comparable<Grade> {

    /** The first grade of primary school. */
    public static final int FIRST = 1;
    /** The last grade of senior high school. */
    public static final int LAST = 12;

    private static final String[] CHINESE_NAMES = {
        "一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级",
        "高一", "高二", "高三"
    };
    private static final Grade[] GRADES = new Grade[LAST];

    static {
        for (int i = 0; i < LAST; i++) {
            GRADES[i] = new Grade(i + 1);
        }
    }

    private final int number;

    private Grade(int number) {
        this.number = number;
    }

    /**
     * Obtains a grade by its number, 1 to 12.
     *
     * @param number  the grade number, where 10 to 12 are senior grades 1 to 3
     * @return the grade, not null
     * @throws IllegalArgumentException if the number is not from 1 to 12
     */
    public static Grade of(int number) {
        if (number < FIRST || number > LAST) {
            throw new IllegalArgumentException("Grade must be from 1 to 12: " + number);
        }
        return GRADES[number - 1];
    }

    /**
     * Obtains the grade that a cohort is in during a school year.
     *
     * @param cohort  the school year in which the cohort was in grade 1, not null
     * @param current  the school year of interest, not null
     * @return the grade, not null
     * @throws IllegalArgumentException if the cohort is not in school in that year (before grade 1
     *     or after grade 12)
     */
    public static Grade of(AcademicYear cohort, AcademicYear current) {
        return of(cohort.yearsUntil(current) + 1);
    }

    /**
     * Returns the number of this grade, 1 to 12.
     *
     * @return the grade number
     */
    public int number() {
        return number;
    }

    /**
     * Returns the school year in which students who are in this grade during {@code current} were
     * or would have been in grade 1: the cohort key the registry stores.
     *
     * @param current  the school year in which they are in this grade, not null
     * @return the cohort's grade-1 school year, not null
     */
    public AcademicYear cohortIn(AcademicYear current) {
        return current.plusYears(1 - number);
    }

    /**
     * Tells whether this grade is one of the three senior high grades (10 to 12).
     *
     * @return true for 高一, 高二 and 高三
     */
    public boolean isSenior() {
        return number > 9;
    }

    /**
     * Returns the grade after this one, if any.
     *
     * @return the next grade, or empty after grade 12
     */
    public Optional<Grade> next() {
        return number == LAST ? Optional.empty() : Optional.of(GRADES[number]);
    }

    /**
     * Returns the Chinese name of this grade, such as {@code 七年级} or {@code 高一}.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return CHINESE_NAMES[number - 1];
    }

    @Override
    public int compareTo(Grade other) {
        return Integer.compare(number, other.number);
    }

    /**
     * Returns the grade's Chinese name.
     *
     * @return the name, not null
     */
    @Override
    public String toString() {
        return chineseName();
    }
}
