package org.xueji.registry.statistics;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.util.Optional;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.Sex;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.student.RegistrationStatus;

/**
 * One cell of the students table: how many students of a school, grade, sex and status there
 * are.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param school  the school, not null
 * @param grade  the grade in the report's school year, or null for students whose cohort is
 *     not in school that year (before grade 1 or after grade 12)
 * @param sex  the sex, not null
 * @param status  the registration status, not null
 * @param count  the number of students, positive
 */
public record StudentCount(SchoolIdentifier school, Grade grade, Sex sex,
        RegistrationStatus status, long count) {

    /**
     * Creates a cell.
     *
     * @throws NullPointerException if a value other than the grade is null
     * @throws IllegalArgumentException if the count is not positive
     */
    public StudentCount {
        requireNonNull(school, "school");
        requireNonNull(sex, "sex");
        requireNonNull(status, "status");
        Preconditions.checkArgument(count > 0, "count %s not positive", count);
    }

    /**
     * Returns the grade.
     *
     * @return the grade, or empty if the cohort is not in school in the report's year
     */
    public Optional<Grade> gradeIfAny() {
        return Optional.ofNullable(grade);
    }
}
