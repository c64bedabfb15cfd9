package org.xueji.registry.statistics;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;

/**
 * The statistics of an authority's scope on a date (统计报表): students, class sizes and pending
 * reviews, for embedding in a host's screens or for the Excel module to write as a workbook.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param scope  the scope counted, not null
 * @param date  the report's date, not null
 * @param schoolYear  the school year grades are counted in, not null
 * @param students  students by school, grade, sex and status, not null
 * @param classes  classes by size, not null
 * @param pendingReviews  submitted students by age against the deadline, not null
 */
public record StatisticsReport(Scope scope, LocalDate date, AcademicYear schoolYear,
        StudentCounts students, ClassSizes classes, PendingReviews pendingReviews) {

    /**
     * Creates a report.
     *
     * @throws NullPointerException if a value is null
     */
    public StatisticsReport {
        requireNonNull(scope, "scope");
        requireNonNull(date, "date");
        requireNonNull(schoolYear, "schoolYear");
        requireNonNull(students, "students");
        requireNonNull(classes, "classes");
        requireNonNull(pendingReviews, "pendingReviews");
    }
}
