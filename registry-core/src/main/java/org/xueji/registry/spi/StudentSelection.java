package org.xueji.registry.spi;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;

/**
 * Which students a bulk job reads from a {@link StudentStore}, page by page: those of one status
 * whose school's authority lies within a division, optionally of one cohort and of one school
 * system (the school system of the student's class).
 *
 * <p>Every criterion is an equality on a column a store can index together with the student's
 * id, (division, status, cohort, id), so a page costs the same whatever the size of the
 * registry. The school system is the student's class's, which a SQL store joins in.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param within  the containing division, of any level, not null
 * @param status  the status, not null
 * @param cohort  the cohort, or null for any
 * @param schoolSystem  the school system of the student's class, or null for any
 */
public record StudentSelection(DivisionCode within, RegistrationStatus status,
        AcademicYear cohort, SchoolSystem schoolSystem) {

    /**
     * Creates a selection.
     *
     * @throws NullPointerException if the division or the status is null
     */
    public StudentSelection {
        requireNonNull(within, "within");
        requireNonNull(status, "status");
    }

    /**
     * Obtains the selection of every student in a status within a division.
     *
     * @param within  the division, not null
     * @param status  the status, not null
     * @return the selection, not null
     */
    public static StudentSelection of(DivisionCode within, RegistrationStatus status) {
        return new StudentSelection(within, status, null, null);
    }

    /**
     * Returns a copy that selects one cohort only.
     *
     * @param newCohort  the cohort, not null
     * @return the narrower selection, not null
     */
    public StudentSelection inCohort(AcademicYear newCohort) {
        return new StudentSelection(within, status, requireNonNull(newCohort, "newCohort"),
                schoolSystem);
    }

    /**
     * Returns a copy that selects the students of classes of one school system only.
     *
     * @param newSchoolSystem  the school system, not null
     * @return the narrower selection, not null
     */
    public StudentSelection under(SchoolSystem newSchoolSystem) {
        return new StudentSelection(within, status, cohort,
                requireNonNull(newSchoolSystem, "newSchoolSystem"));
    }

    /**
     * Returns the cohort selected.
     *
     * @return the cohort, or empty for any
     */
    public Optional<AcademicYear> cohortFilter() {
        return Optional.ofNullable(cohort);
    }

    /**
     * Returns the school system selected.
     *
     * @return the school system, or empty for any
     */
    public Optional<SchoolSystem> schoolSystemFilter() {
        return Optional.ofNullable(schoolSystem);
    }

    /**
     * Tells whether a student fits the criteria other than the school system, which needs the
     * student's class.
     *
     * @param student  the student, not null
     * @return true if the student's division, status and cohort fit
     */
    public boolean fitsIgnoringSchoolSystem(Student student) {
        return student.county().isWithin(within) && student.status() == status
                && (cohort == null || cohort.equals(student.cohort()));
    }
}
