package org.xueji.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarPolicyTest {

    private static final AcademicYear Y2026 = AcademicYear.of(2026);

    @Test
    void anhuiUsesTheStandardDatesInEveryYear() {
        CalendarPolicy anhui = CalendarPolicy.anhui();

        assertThat(anhui.dates(Y2026)).isEqualTo(SchoolYearDates.standard(Y2026));
        assertThat(anhui.dates(AcademicYear.of(2031)))
                .isEqualTo(SchoolYearDates.standard(AcademicYear.of(2031)));
        assertThat(anhui.overrides()).isEmpty();
    }

    @Test
    void anOverrideReplacesTheDatesOfOneYearOnly() {
        SchoolYearDates moved = SchoolYearDates.builder(Y2026)
                .secondTermStart(LocalDate.of(2027, 2, 22))
                .build();

        CalendarPolicy policy = CalendarPolicy.anhui().withYear(moved);

        assertThat(policy.dates(Y2026)).isEqualTo(moved);
        assertThat(policy.override(Y2026)).contains(moved);
        assertThat(policy.dates(Y2026.next())).isEqualTo(SchoolYearDates.standard(Y2026.next()));
        assertThat(CalendarPolicy.anhui().dates(Y2026)).isEqualTo(SchoolYearDates.standard(Y2026));
    }

    @Test
    void aLaterOverrideOfTheSameYearWins() {
        SchoolYearDates first = SchoolYearDates.builder(Y2026)
                .secondTermStart(LocalDate.of(2027, 2, 22))
                .build();
        SchoolYearDates second = SchoolYearDates.builder(Y2026)
                .secondTermStart(LocalDate.of(2027, 3, 1))
                .build();

        CalendarPolicy policy = CalendarPolicy.anhui().withYear(first).withYear(Y2026, second);

        assertThat(policy.dates(Y2026)).isEqualTo(second);
        assertThat(policy.overrides()).hasSize(1);
    }

    @Test
    void refusesDatesGivenForAnotherYear() {
        SchoolYearDates dates = SchoolYearDates.standard(Y2026);

        assertThatThrownBy(() -> CalendarPolicy.anhui().withYear(Y2026.next(), dates))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayBelongsToTheYearWhoseRolloverDayCameLast() {
        CalendarPolicy anhui = CalendarPolicy.anhui();

        assertThat(anhui.yearContaining(LocalDate.of(2026, 7, 31))).isEqualTo(Y2026.previous());
        assertThat(anhui.yearContaining(LocalDate.of(2026, 8, 1))).isEqualTo(Y2026);
        assertThat(anhui.yearContaining(LocalDate.of(2027, 1, 1))).isEqualTo(Y2026);
    }

    @Test
    void aMovedRolloverDayMovesTheBoundaryBetweenYears() {
        SchoolYearDates late = SchoolYearDates.builder(Y2026.previous())
                .rolloverDay(LocalDate.of(2026, 8, 3))
                .build();
        CalendarPolicy policy = CalendarPolicy.anhui().withYear(late);

        assertThat(policy.yearContaining(LocalDate.of(2026, 8, 2))).isEqualTo(Y2026.previous());
        assertThat(policy.yearContaining(LocalDate.of(2026, 8, 3))).isEqualTo(Y2026);
    }

    @Test
    void policiesRepeatingTheSameMonthsAndDaysAreEqual() {
        CalendarPolicy fromAnotherYear =
                CalendarPolicy.repeating(SchoolYearDates.standard(AcademicYear.of(2040)));

        assertThat(fromAnotherYear).isEqualTo(CalendarPolicy.anhui());
        assertThat(fromAnotherYear).hasSameHashCodeAs(CalendarPolicy.anhui());
    }
}
