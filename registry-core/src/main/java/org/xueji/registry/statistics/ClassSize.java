package org.xueji.registry.statistics;

import static java.util.Objects.requireNonNull;

import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.organisation.ClassId;

/**
 * One class's size in a report: how many students sit in it, against its stage's cap.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param classId  the class, not null
 * @param name  the class's name, such as 一（1）班, not null
 * @param grade  the class's grade in the report's year, not null
 * @param stage  the stage of that grade under the class's school system, not null
 * @param size  the students collected, submitted or registered in it, not negative
 * @param cap  the stage's cap under the province's class-size policy, positive
 */
public record ClassSize(ClassId classId, String name, Grade grade, SchoolStage stage, int size,
        int cap) {

    /**
     * Creates a class's size.
     *
     * @throws NullPointerException if a value is null
     */
    public ClassSize {
        requireNonNull(classId, "classId");
        requireNonNull(name, "name");
        requireNonNull(grade, "grade");
        requireNonNull(stage, "stage");
    }

    /**
     * Returns the statistical band of the size.
     *
     * @return the band, not null
     */
    public ClassSizeBand band() {
        return ClassSizeBand.of(size);
    }

    /**
     * Tells whether the class holds more students than its stage's cap.
     *
     * @return true if the size is above the cap
     */
    public boolean isAboveCap() {
        return size > cap;
    }
}
