package org.xueji.registry.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.change.ChangeFixture.proof;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.inmemory.InMemoryHolidayCalendar;
import org.xueji.registry.spi.HolidayCalendar;
import org.xueji.registry.student.Student;

class WorkingDaysTest {

    private static final WorkingDays WEEKDAYS = WorkingDays.of(HolidayCalendar.weekdays());

    /** The National Day holiday of 2025: 1 to 8 October off, 28 September and 11 October on. */
    private static InMemoryHolidayCalendar nationalDay(InMemoryHolidayCalendar calendar) {
        for (int day = 1; day <= 8; day++) {
            calendar.addHolidays(LocalDate.of(2025, 10, day));
        }
        return calendar.addMakeUpWorkingDays(LocalDate.of(2025, 9, 28),
                LocalDate.of(2025, 10, 11));
    }

    @ParameterizedTest
    @CsvSource({
        "2025-09-01, 0, 2025-09-01",
        "2025-09-01, 1, 2025-09-02",
        "2025-09-01, 10, 2025-09-15",
        "2025-09-05, 1, 2025-09-08",
        "2025-09-06, 1, 2025-09-08",
        "2025-09-06, 10, 2025-09-19"})
    void countsWeekdays(LocalDate start, int days, LocalDate expected) {
        assertThat(WEEKDAYS.plus(start, days)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2025-09-26, 1, 2025-09-28",
        "2025-09-30, 1, 2025-10-09",
        "2025-09-30, 2, 2025-10-10",
        "2025-09-30, 3, 2025-10-11",
        "2025-09-24, 10, 2025-10-14"})
    void skipsHolidaysAndCountsMakeUpDays(LocalDate start, int days, LocalDate expected) {
        WorkingDays counter = WorkingDays.of(nationalDay(new InMemoryHolidayCalendar()));

        assertThat(counter.plus(start, days)).isEqualTo(expected);
    }

    @Test
    void refusesNegativeDays() {
        assertThatThrownBy(() -> WEEKDAYS.plus(LocalDate.of(2025, 9, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachStepIsDueTenWorkingDaysAfterItIsReachedAndThenOverdue() {
        ChangeFixture f = new ChangeFixture();
        nationalDay(f.storage.holidays());
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        f.clock.setDay(LocalDate.of(2025, 9, 24));
        ChangeCase applied = f.changes.applyTransfer(f.primaryShushan, pupil.id(),
                f.shushanOne.id(), "随迁", proof());

        assertThat(applied.steps().get(0).dueOn()).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(applied.steps().get(1).due()).isEmpty();
        assertThat(applied.isOverdueOn(LocalDate.of(2025, 10, 14))).isFalse();
        assertThat(applied.isOverdueOn(LocalDate.of(2025, 10, 15))).isTrue();

        f.clock.setDay(LocalDate.of(2025, 10, 9));
        ChangeCase next = f.changes.approve(f.shushan, applied.id(), "");
        assertThat(next.steps().get(1).dueOn()).isEqualTo(LocalDate.of(2025, 10, 22));
        assertThat(next.isOverdueOn(LocalDate.of(2025, 10, 22))).isFalse();
        assertThat(next.isOverdueOn(LocalDate.of(2025, 10, 23))).isTrue();
    }
}
