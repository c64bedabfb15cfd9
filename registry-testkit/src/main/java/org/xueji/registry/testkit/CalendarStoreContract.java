package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.calendar.AcademicCalendar;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.CalendarPolicy;
import org.xueji.registry.calendar.SchoolYearDates;
import org.xueji.registry.spi.CalendarStore;
import org.xueji.registry.spi.RegistryStorage;

/**
 * The contract of {@link CalendarStore}: empty at first; a compare-and-set that stores the first
 * calendar, then each change, only from the calendar stored; a round trip of the policy with
 * overrides and of a rollover in progress; and one winner when eight administrators race.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class CalendarStoreContract {

    private static final int THREADS = 8;

    private final CalendarPolicy policy = CalendarPolicy.anhui().withYear(
            SchoolYearDates.builder(AcademicYear.of(2026))
                    .enrollmentClose(LocalDate.of(2026, 10, 15))
                    .lateSubmissionClose(LocalDate.of(2026, 11, 1)).build());
    private final AcademicCalendar year2025 = AcademicCalendar.of(policy, AcademicYear.of(2025));
    private CalendarStore store;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void takeTheStore() {
        store = storage().calendar();
    }

    @Test
    void holdsNoCalendarUntilTheFirstIsStored() {
        assertThat(store.find()).isEmpty();

        assertThat(store.compareAndSet(null, year2025)).isTrue();

        assertThat(store.find()).contains(year2025);
        assertThat(store.find().orElseThrow().policy().override(AcademicYear.of(2026)))
                .isEqualTo(policy.override(AcademicYear.of(2026)));
    }

    @Test
    void storesAChangeOnlyFromTheCalendarStored() {
        store.compareAndSet(null, year2025);
        AcademicCalendar started = AcademicCalendar.ofRolloverInProgress(policy,
                AcademicYear.of(2025), LocalDate.of(2026, 8, 1));
        AcademicCalendar next = AcademicCalendar.of(policy, AcademicYear.of(2026));

        assertThat(store.compareAndSet(null, next)).isFalse();
        assertThat(store.compareAndSet(next, started)).isFalse();
        assertThat(store.find()).contains(year2025);
        assertThat(store.compareAndSet(year2025, started)).isTrue();
        assertThat(store.find()).contains(started);
        assertThat(store.compareAndSet(year2025, next)).isFalse();
        assertThat(store.compareAndSet(started, next)).isTrue();

        assertThat(store.find()).contains(next);
    }

    @Test
    void tellsCalendarsWithTheSameYearButAnotherPolicyApart() {
        AcademicCalendar plain = AcademicCalendar.of(CalendarPolicy.anhui(),
                AcademicYear.of(2025));
        store.compareAndSet(null, plain);

        assertThat(store.compareAndSet(year2025, year2025)).isFalse();
        assertThat(store.compareAndSet(plain, year2025)).isTrue();

        assertThat(store.find()).contains(year2025);
    }

    @Test
    void letsOneOfEightRacingAdministratorsMoveTheCalendar() {
        store.compareAndSet(null, year2025);

        List<Boolean> results = Races.race(THREADS, i -> {
            AcademicCalendar started = AcademicCalendar.ofRolloverInProgress(policy,
                    AcademicYear.of(2025), LocalDate.of(2026, 8, 1 + i));
            return () -> store.compareAndSet(year2025, started);
        });

        assertThat(results).filteredOn(Boolean::booleanValue).hasSize(1);
        int winner = results.indexOf(Boolean.TRUE);
        assertThat(store.find()).contains(AcademicCalendar.ofRolloverInProgress(policy,
                AcademicYear.of(2025), LocalDate.of(2026, 8, 1 + winner)));
    }
}
