package org.xueji.registry.organisation;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.calendar.AcademicYear;

/**
 * The identity of a class: its school, its cohort (the school year in which its students were in
 * grade 1) and its number among that cohort's classes, written as {@code 2134000001-2025-03}.
 *
 * <p>The cohort, not the grade, is part of the identity, so a class keeps its identity as it moves
 * up a grade at each rollover.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClassId implements Comparable<ClassId> {

    /** The highest class number within a cohort of a school. */
    public static final int MAX_NUMBER = 99;

    private final SchoolIdentifier school;
    private final AcademicYear cohort;
    private final int number;

    private ClassId(SchoolIdentifier school, AcademicYear cohort, int number) {
        this.school = school;
        this.cohort = cohort;
        this.number = number;
    }

    /**
     * Obtains a class identity from its parts.
     *
     * @param school  the class's school, not null
     * @param cohort  the school year in which the class's students were in grade 1, not null
     * @param number  the class's number within the cohort, from 1 to 99
     * @return the identity, not null
     * @throws IllegalArgumentException if the number is out of range
     */
    public static ClassId of(SchoolIdentifier school, AcademicYear cohort, int number) {
        requireNonNull(school, "school");
        requireNonNull(cohort, "cohort");
        if (number < 1 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("Class number must be from 1 to 99: " + number);
        }
        return new ClassId(school, cohort, number);
    }

    /**
     * Parses a class identity written as {@code 2134000001-2025-03}.
     *
     * @param text  the text, surrounding white space ignored, not null
     * @return the identity, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_VALUE} if the text does not have
     *     that shape, or {@link ErrorCode#INVALID_SCHOOL_IDENTIFIER} if its school part is invalid
     */
    public static ClassId parse(CharSequence text) {
        requireNonNull(text, "text");
        String trimmed = text.toString().strip();
        String[] parts = trimmed.split("-", -1);
        if (parts.length != 3 || parts[1].length() != 4 || parts[2].length() != 2) {
            throw invalid(trimmed);
        }
        SchoolIdentifier school = SchoolIdentifier.parse(parts[0]);
        try {
            return of(school, AcademicYear.of(Integer.parseInt(parts[1])),
                    Integer.parseInt(parts[2]));
        } catch (IllegalArgumentException ex) {
            throw invalid(trimmed);
        }
    }

    /**
     * Returns the school the class belongs to.
     *
     * @return the school's identifier, not null
     */
    public SchoolIdentifier school() {
        return school;
    }

    /**
     * Returns the school year in which the class's students were, or would have been, in grade 1.
     *
     * @return the cohort, not null
     */
    public AcademicYear cohort() {
        return cohort;
    }

    /**
     * Returns the class's number within its cohort.
     *
     * @return the number, from 1 to 99
     */
    public int number() {
        return number;
    }

    @Override
    public int compareTo(ClassId other) {
        int bySchool = school.compareTo(other.school);
        if (bySchool != 0) {
            return bySchool;
        }
        int byCohort = cohort.compareTo(other.cohort);
        return byCohort != 0 ? byCohort : Integer.compare(number, other.number);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ClassId)) {
            return false;
        }
        ClassId other = (ClassId) obj;
        return number == other.number && school.equals(other.school)
                && cohort.equals(other.cohort);
    }

    @Override
    public int hashCode() {
        return Objects.hash(school, cohort, number);
    }

    /**
     * Returns the identity as {@code 2134000001-2025-03}.
     *
     * @return the identity as text, not null
     */
    @Override
    public String toString() {
        return school + "-" + cohort.startYear() + "-" + (number < 10 ? "0" : "") + number;
    }

    private static RegistryException invalid(String text) {
        return new RegistryException(
                ErrorCode.INVALID_VALUE,
                "班级编号“" + text + "”格式错误，应写作如“2134000001-2025-03”",
                "Class id '" + text + "' is malformed; write it as 2134000001-2025-03");
    }
}
