package org.xueji.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AcademicYearProperties {

    private static final MonthDay FIRST_OF_AUGUST = MonthDay.of(Month.AUGUST, 1);

    @Property
    void parsingItsNameGivesTheSameYear(@ForAll("years") AcademicYear year) {
        assertThat(AcademicYear.parse(year.toString())).isEqualTo(year);
    }

    @Property
    void theFirstDayStartsTheYearAndTheDayBeforeEndsThePrevious(
            @ForAll("years") AcademicYear year) {
        LocalDate first = year.firstDay(FIRST_OF_AUGUST);

        assertThat(AcademicYear.containing(first, FIRST_OF_AUGUST)).isEqualTo(year);
        assertThat(AcademicYear.containing(first.minusDays(1), FIRST_OF_AUGUST))
                .isEqualTo(year.previous());
    }

    @Property
    void everyDayIsInTheYearWhoseFirstDayCameLast(
            @ForAll("years") AcademicYear year, @ForAll("daysOfAYear") int offset) {
        LocalDate day = year.firstDay(FIRST_OF_AUGUST).plusDays(offset);

        assertThat(AcademicYear.containing(day, FIRST_OF_AUGUST)).isEqualTo(year);
    }

    @Property
    void addingYearsAndCountingThemAgree(
            @ForAll("years") AcademicYear year, @ForAll("spans") int years) {
        assertThat(year.yearsUntil(year.plusYears(years))).isEqualTo(years);
        assertThat(year.plusYears(years).plusYears(-years)).isEqualTo(year);
    }

    @Provide
    Arbitrary<AcademicYear> years() {
        return Arbitraries.integers().between(1950, 2150).map(AcademicYear::of);
    }

    @Provide
    Arbitrary<Integer> daysOfAYear() {
        return Arbitraries.integers().between(0, 364);
    }

    @Provide
    Arbitrary<Integer> spans() {
        return Arbitraries.integers().between(-40, 40);
    }
}
