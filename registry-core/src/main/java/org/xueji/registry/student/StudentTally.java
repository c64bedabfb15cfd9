package org.xueji.registry.student;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import org.xueji.registry.code.Sex;
import org.xueji.registry.organisation.ClassId;

/**
 * How many students of one class, one sex and one registration status a store holds: one row of
 * a grouped count, from which statistics add up schools, grades and class sizes without reading
 * students one by one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param classId  the class, which also gives the school and the cohort, not null
 * @param sex  the sex, not null
 * @param status  the registration status, not null
 * @param count  the number of students, positive
 */
public record StudentTally(ClassId classId, Sex sex, RegistrationStatus status, long count) {

    /**
     * Creates a row.
     *
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if the count is not positive
     */
    public StudentTally {
        requireNonNull(classId, "classId");
        requireNonNull(sex, "sex");
        requireNonNull(status, "status");
        Preconditions.checkArgument(count > 0, "count %s not positive", count);
    }
}
