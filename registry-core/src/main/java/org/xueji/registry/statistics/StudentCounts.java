package org.xueji.registry.statistics;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Predicate;
import org.xueji.registry.code.Sex;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.student.RegistrationStatus;

/**
 * The students table of a report (学生数统计): students by school, grade, sex and status, one
 * {@link StudentCount} per combination that has students, ordered by school, grade, sex and
 * status.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rows  the cells, not null
 */
public record StudentCounts(List<StudentCount> rows) {

    /**
     * Creates the table.
     *
     * @throws NullPointerException if the list is null
     */
    public StudentCounts {
        rows = List.copyOf(requireNonNull(rows, "rows"));
    }

    /**
     * Returns the number of students in the table.
     *
     * @return the total, not negative
     */
    public long total() {
        return sum(row -> true);
    }

    /**
     * Returns the number of students of a school.
     *
     * @param school  the school, not null
     * @return the number, not negative
     */
    public long ofSchool(SchoolIdentifier school) {
        requireNonNull(school, "school");
        return sum(row -> row.school().equals(school));
    }

    /**
     * Returns the number of students in a status.
     *
     * @param status  the status, not null
     * @return the number, not negative
     */
    public long ofStatus(RegistrationStatus status) {
        requireNonNull(status, "status");
        return sum(row -> row.status() == status);
    }

    /**
     * Returns the number of students of a sex.
     *
     * @param sex  the sex, not null
     * @return the number, not negative
     */
    public long ofSex(Sex sex) {
        requireNonNull(sex, "sex");
        return sum(row -> row.sex() == sex);
    }

    /**
     * Returns the number of students of a grade number in the report's year.
     *
     * @param grade  the grade number, 1 to 12
     * @return the number, not negative
     */
    public long ofGrade(int grade) {
        return sum(row -> row.grade() != null && row.grade().number() == grade);
    }

    private long sum(Predicate<StudentCount> filter) {
        return rows.stream().filter(filter).mapToLong(StudentCount::count).sum();
    }
}
