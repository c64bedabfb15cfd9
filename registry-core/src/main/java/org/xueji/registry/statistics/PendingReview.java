package org.xueji.registry.statistics;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.student.StudentId;

/**
 * One submitted student waiting for the authority's decision (待审核), with its age and the
 * working days left until the review deadline.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param student  the student, not null
 * @param school  the student's school, not null
 * @param submittedOn  the day the school last submitted the student, or null if the audit trail
 *     holds no submission
 * @param ageInWorkingDays  the working days from the submission to the report's date, or -1 if
 *     the submission day is not known
 * @param workingDaysLeft  the working days from the report's date to the review deadline,
 *     negative once the deadline has passed (the working days since it)
 */
public record PendingReview(StudentId student, SchoolIdentifier school, LocalDate submittedOn,
        int ageInWorkingDays, int workingDaysLeft) {

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if the student or school is null
     */
    public PendingReview {
        requireNonNull(student, "student");
        requireNonNull(school, "school");
    }

    /**
     * Returns the day the school last submitted the student.
     *
     * @return the day, or empty if not known
     */
    public Optional<LocalDate> submittedOnIfKnown() {
        return Optional.ofNullable(submittedOn);
    }

    /**
     * Returns the age band of this entry.
     *
     * @return the band, {@link ReviewAgeBand#UNKNOWN} if the submission day is not known
     */
    public ReviewAgeBand ageBand() {
        return submittedOn == null ? ReviewAgeBand.UNKNOWN : ReviewAgeBand.of(ageInWorkingDays);
    }

    /**
     * Tells whether the review deadline has passed on the report's date.
     *
     * @return true if overdue
     */
    public boolean isOverdue() {
        return workingDaysLeft < 0;
    }
}
