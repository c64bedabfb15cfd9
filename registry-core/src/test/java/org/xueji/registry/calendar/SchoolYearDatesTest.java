package org.xueji.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchoolYearDatesTest {

    private static final AcademicYear YEAR = AcademicYear.of(2026);

    @Test
    void standardDatesFollowTheNationalAndAnhuiRules() {
        SchoolYearDates dates = SchoolYearDates.standard(YEAR);

        assertThat(dates.year()).isEqualTo(YEAR);
        assertThat(dates.firstTermStart()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(dates.enrollmentClose()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(dates.lateSubmissionClose()).isEmpty();
        assertThat(dates.secondTermStart()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(dates.graduationOpens()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(dates.graduationDeadline()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(dates.rolloverDay()).isEqualTo(LocalDate.of(2027, 8, 1));
    }

    @Test
    void givesEachActivityItsWindow() {
        SchoolYearDates dates = SchoolYearDates.standard(YEAR);

        assertThat(dates.window(Activity.COLLECT_NEW_STUDENTS))
                .isEqualTo(Range.closed(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)));
        assertThat(dates.window(Activity.APPROVE_NEW_STUDENTS))
                .isEqualTo(Range.closed(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)));
        assertThat(dates.window(Activity.TRANSFER))
                .isEqualTo(Range.closed(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30)));
        assertThat(dates.window(Activity.RECORD_GRADUATION))
                .isEqualTo(Range.closed(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 31)));
        assertThat(dates.window(Activity.ROLLOVER))
                .isEqualTo(Range.atLeast(LocalDate.of(2027, 8, 1)));
    }

    @Test
    void aLateWindowExtendsSubmissionAndReviewButNotCollection() {
        SchoolYearDates dates = SchoolYearDates.builder(YEAR)
                .lateSubmissionClose(LocalDate.of(2026, 10, 15))
                .build();

        assertThat(dates.window(Activity.COLLECT_NEW_STUDENTS).upperEndpoint())
                .isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(dates.window(Activity.SUBMIT_FOR_REVIEW).upperEndpoint())
                .isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(dates.window(Activity.APPROVE_NEW_STUDENTS).upperEndpoint())
                .isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(dates.toBuilder().noLateSubmission().build())
                .isEqualTo(SchoolYearDates.standard(YEAR));
    }

    @Test
    void rejectsAnEnrollmentCloseBeforeTheTermStarts() {
        SchoolYearDates.Builder builder = SchoolYearDates.builder(YEAR)
                .enrollmentClose(LocalDate.of(2026, 8, 31));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("enrollment close");
    }

    @Test
    void rejectsAGraduationDeadlineOnTheRolloverDay() {
        SchoolYearDates.Builder builder = SchoolYearDates.builder(YEAR)
                .graduationDeadline(LocalDate.of(2027, 8, 1));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsALateWindowThatEndsBeforeTheRegularOne() {
        SchoolYearDates.Builder builder = SchoolYearDates.builder(YEAR)
                .lateSubmissionClose(LocalDate.of(2026, 9, 30));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsARolloverDayOutsideTheYearsEndYear() {
        SchoolYearDates.Builder builder = SchoolYearDates.builder(YEAR)
                .rolloverDay(LocalDate.of(2028, 1, 1));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027");
    }

    @Test
    void rejectsAFirstTermStartingInTheEndYear() {
        SchoolYearDates.Builder builder = SchoolYearDates.builder(YEAR)
                .firstTermStart(LocalDate.of(2027, 1, 5));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shiftingKeepsMonthsAndDaysAndFoldsTheLeapDay() {
        SchoolYearDates leap = SchoolYearDates.builder(AcademicYear.of(2027))
                .secondTermStart(LocalDate.of(2028, 2, 29))
                .build();

        SchoolYearDates shifted = leap.shiftedTo(YEAR);

        assertThat(shifted.year()).isEqualTo(YEAR);
        assertThat(shifted.secondTermStart()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(shifted.rolloverDay()).isEqualTo(LocalDate.of(2027, 8, 1));
        assertThat(leap.shiftedTo(AcademicYear.of(2027))).isSameAs(leap);
    }
}
